import { z } from 'zod';
import { ParticipationModeSchema } from './enums.js';
import { AttachmentSchema, SubmissionSchema } from './attachments.js';
import { FilingSchema } from './filings.js';
import { ApplicantSchema, ContactsSchema, ProviderSchema } from './provider.js';
import { ServiceSchema } from './services.js';
import { answer, isoDate, loose, newId, section, text, timestamp } from './primitives.js';

export const WORKSPACE_FORMAT = 'lgwan-asp-workspace';
/** Bump with a migration in migrations.ts whenever the stored shape changes. */
export const WORKSPACE_FORMAT_VERSION = 2;

/** Where the provider stands in the procedure (002 §5.1.1, table 5-1). */
export const ProcedureSchema = section({
  participationMode: ParticipationModeSchema.default('new'),
  /**
   * 参加結果通知 received (受理): unlocks 非公開文書の開示申込 for hosting providers (001). Derived
   * from `filings` (src/shared/lifecycle/record.ts), not typed by hand.
   */
  participationAccepted: z.boolean().default(false),
  /**
   * 非公開文書 received (開示申込 answered): the stage before the service applications (001
   * 手続きフロー, every kind). Optional with a default, so older files load unchanged.
   */
  nonpublicDisclosed: z.boolean().default(false),
  /** ⑦ only: 参加資格認定 already granted. */
  certificationGranted: z.boolean().default(false),
  /** Change notification: what changed and from when. */
  changeSummary: text(),
  changeDate: isoDate(),
  /** 変更理由 printed above the 変更内容 table of a 変更届出. */
  changeReason: text(),
  /** Leaving LGWAN-ASP entirely. */
  cancelReason: text(),
  cancelDate: isoDate(),
  /** Date printed on the forms; blank = the day of printing. */
  documentDate: isoDate(),
  /**
   * The 項 of 「ASP基本要綱第4条第_項」 in the pre-request's request sentence. The appendix form
   * (002 付録) leaves it blank for the requester to fill in, so the default is blank and prints as
   * 「第\u3000\u3000項」 to be written by hand.
   */
  preRequestParagraph: text(),
  /** Consent to the personal-information policy (pre-request, 002 appendix). */
  privacyConsent: answer(),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

/**
 * Data the loader could not fit into the model (a service kind this version does not know, a value
 * of the wrong type): kept here, never dropped, so a newer app or a person can still recover it.
 */
export const QuarantineEntrySchema = loose({
  /** Where the value was in the file, e.g. `services.3` or `provider.category`. */
  path: z.string().default(''),
  /** Why it was set aside (Japanese, shown to the user). */
  reason: z.string().default(''),
  value: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

export const WorkspaceSchema = z.looseObject({
  format: z.literal(WORKSPACE_FORMAT).default(WORKSPACE_FORMAT),
  formatVersion: z.number().int().positive().default(WORKSPACE_FORMAT_VERSION),
  id: z.string().min(1),
  /** 案件名 as shown in the list. */
  title: text(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  provider: ProviderSchema,
  applicant: ApplicantSchema,
  contacts: ContactsSchema,
  procedure: ProcedureSchema,
  services: z.array(ServiceSchema).default([]),
  attachments: z.array(AttachmentSchema).default([]),
  submissions: z.array(SubmissionSchema).default([]),
  /** Packets mailed to J-LIS and its answers: the source of status and of 変更届 diffs. */
  filings: z.array(FilingSchema).default([]),
  quarantine: z.array(QuarantineEntrySchema).default([]),
  /** 宛名: J-LIS postal address, configurable (DESIGN §3, default from 003). */
  mailing: section({
    postalCode: z.string().default('102-8419'),
    address: z.string().default('東京都千代田区一番町25番地'),
    recipient: z
      .string()
      .default('地方公共団体情報システム機構 総合行政ネットワーク全国センター LGWAN-ASP担当'),
  }),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;
export type WorkspaceInput = z.input<typeof WorkspaceSchema>;

/** A blank workspace, valid against the schema, ready to be filled in. */
export const createWorkspace = (title = '', now = new Date()): Workspace => {
  const stamp = now.toISOString();
  return WorkspaceSchema.parse({ id: newId(), title, createdAt: stamp, updatedAt: stamp });
};
