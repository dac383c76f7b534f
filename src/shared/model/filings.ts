import { z } from 'zod';
import { isoDate, loose, text, timestamp } from './primitives.js';

/**
 * J-LIS's answer to one filed document (002 §5.1.1(3): 参加結果通知, 登録結果通知, 接続結果通知).
 * `pending` until the notice arrives.
 */
export const FILING_ANSWERS = {
  pending: '回答待ち',
  accepted: '受理',
  rejected: '不受理',
  returned: '返戻・再提出',
} as const;
export const FilingAnswerSchema = z.enum(['pending', 'accepted', 'rejected', 'returned']);
export type FilingAnswer = z.infer<typeof FilingAnswerSchema>;

/** How a document was filed: a first application, a change (変更), or a cancellation (解除). */
export const FILING_MODES = { new: '新規', change: '変更', cancel: '解除' } as const;
export const FilingModeSchema = z.enum(['new', 'change', 'cancel']);
export type FilingMode = z.infer<typeof FilingModeSchema>;

/** One document of a mailed packet and what J-LIS answered. */
export const FiledDocumentSchema = loose({
  /** Document id (DESIGN §3); a string so an id from a newer app is kept. */
  documentId: z.string().min(1),
  /** Per-service documents: the service the form is about. */
  serviceId: text(),
  mode: FilingModeSchema.default('new'),
  /** The services this document registers or ends (a hosting application carries its AP services). */
  serviceIds: z.array(z.string()).default([]),
  answer: FilingAnswerSchema.default('pending'),
  /** Date of J-LIS's notice; blank = not answered yet, or not known. */
  answeredOn: isoDate(),
  /** ASPコード J-LIS assigned, per service id (登録結果通知・接続結果通知). */
  aspCodes: z.record(z.string(), z.string()).default({}),
  /** 参加結果通知: the portal user ID was issued. The ID's password is never stored. */
  portalUserIdIssued: z.boolean().default(false),
  note: text(),
});
export type FiledDocument = z.infer<typeof FiledDocumentSchema>;

/** One packet mailed to J-LIS: when, how, which documents, and the data as it was filed. */
export const FilingSchema = loose({
  id: z.string().min(1),
  /** 提出日 (the day it was mailed); blank = not known (a record made from a status set by hand). */
  filedOn: isoDate(),
  recordedAt: timestamp(),
  /** 配達証明の番号 (optional). */
  certifiedMailNumber: text(),
  /** The printed submission (`submissions`) this packet was, when recorded from the app. */
  submissionId: text(),
  note: text(),
  documents: z.array(FiledDocumentSchema).default([]),
  /** The workspace as filed, without `submissions`, `filings` and `quarantine`. */
  snapshot: z.record(z.string(), z.unknown()),
});
export type Filing = z.infer<typeof FilingSchema>;
