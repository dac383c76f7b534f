/** Field groups several forms print the same way (the applicant block, contact rows). */
import { cell, party } from './boxes.js';
import type { FieldBinding } from './types.js';

/** FormHead's 申込者 block: the representative, or the delegate when a 委任状 is enclosed. */
export const applicantBlockFields: FieldBinding[] = [
  { path: 'provider.address', label: '申込者の所在地', box: party() },
  { path: 'provider.name', label: '申込者の名称', box: party() },
  { path: 'provider.representative.name', label: '代表者役職・氏名', box: party(true) },
  { path: 'applicant.person.name', label: '申込者役職・氏名（代表者以外の場合）', box: party(true) },
];

/** layout.tsx ContactRows: one group of five rows per contact person. */
export const contactFields = (path: string, label: string): FieldBinding[] => [
  { path: `${path}.department`, label: `${label}の所属部署・役職`, box: cell() },
  { path: `${path}.name`, label: `${label}の氏名`, box: cell() },
  { path: `${path}.nameKana`, label: `${label}のフリガナ`, box: cell() },
  { path: `${path}.phone`, label: `${label}の電話番号`, box: cell() },
  { path: `${path}.emailInternet`, label: `${label}のE-mail(Internet)`, box: cell() },
  { path: `${path}.emailLgwan`, label: `${label}のE-mail(LGWAN)`, box: cell() },
];

/** The edition of the J-LIS material the forms reproduce: 001 (令和3年1月) is the newest seed. */
export const FORMS_EDITION = { version: '2026-11', effectiveDate: '2021-01-01' } as const;
