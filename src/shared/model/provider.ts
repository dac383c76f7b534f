import { z } from 'zod';
import { LocalGovernmentTypeSchema, ProviderCategorySchema } from './enums.js';
import {
  AddressSchema,
  ContactPersonSchema,
  PersonSchema,
  answer,
  section,
  text,
  isoDate,
} from './primitives.js';

/** DESIGN §4 Provider: the organisation applying. */
export const ProviderSchema = section({
  name: text(),
  nameKana: text(),
  /** 法人番号: 13 digits with a check digit; blank for bodies without one. */
  corporateNumber: text(),
  category: ProviderCategorySchema.nullable().default(null),
  /** Category ① only: 都道府県 or 市町村・一部事務組合・広域連合 (fee table). */
  localGovernmentType: LocalGovernmentTypeSchema.nullable().default(null),
  /** 接続団体: already on LGWAN (local government, 一部事務組合, 広域連合) — 002 §5.1.1(1). */
  connectedBody: answer(),
  address: AddressSchema,
  representative: PersonSchema,
  phone: text(),
  fax: text(),
  url: text(),
  /** What the body does, for the participation review (事業内容). */
  businessSummary: text(),
});
export type Provider = z.infer<typeof ProviderSchema>;

/**
 * 申込者: the representative, or another person, in which case a 委任状 is needed
 * (002 §5.1.1(1) 「代表者権限を有しない者の名義とする場合」).
 */
export const ApplicantSchema = section({
  isRepresentative: z.boolean().default(true),
  person: PersonSchema,
  delegation: section({
    /** 委任事項 */
    matters: text(),
    /** 委任日 */
    date: isoDate(),
  }),
  /** Print a 印 box next to the applicant's name. */
  sealBox: z.boolean().default(true),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

/** 002 §4.4: contact routes, emergency duty and the 運用責任者. */
export const ContactsSchema = section({
  /** 担当者 for this application. */
  person: ContactPersonSchema,
  /** 運用責任者 (002 §4.4(3)). */
  operationsManager: ContactPersonSchema,
  /** 定常連絡ルート (002 §4.4(1)). */
  regularRoute: section({
    contact: ContactPersonSchema,
    hours: text(),
  }),
  /** 緊急連絡ルート incl. 深夜休日 (002 §4.4(1)(2)). */
  emergencyRoute: section({
    contact: ContactPersonSchema,
    hours: text(),
    outOfHoursPhone: text(),
    outOfHoursNote: text(),
  }),
});
export type Contacts = z.infer<typeof ContactsSchema>;
