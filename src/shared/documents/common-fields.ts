/** Field groups several forms print the same way (the applicant block, contact rows). */
import type { ContactPerson, Workspace } from '../model/index.js';
import { valueAt } from '../rules/values.js';
import { cell, party } from './boxes.js';
import { addressLine, departmentTitleName, nameWithKana, phoneAndFax, titleAndName } from './format.js';
import type { FieldBinding } from './types.js';

/** The provider's address as every form prints it (〒 and the full address on one line). */
export const providerAddress = (ws: Workspace): string => addressLine(ws.provider.address);

/** FormHead's 申込者 block: the representative, or the delegate when a 委任状 is enclosed. */
export const applicantBlockFields: FieldBinding[] = [
  { path: 'provider.address', label: '申込者の所在地', part: 'head', box: party(), print: providerAddress },
  { path: 'provider.name', label: '申込者の名称', part: 'head', box: party() },
  {
    path: 'provider.representative.name',
    reads: ['provider.representative.title', 'applicant.isRepresentative'],
    label: '代表者役職・氏名',
    part: 'head',
    box: party(true),
    print: (ws) => (ws.applicant.isRepresentative ? titleAndName(ws.provider.representative) : ''),
  },
  {
    path: 'applicant.person.name',
    reads: ['applicant.person.department', 'applicant.person.title', 'applicant.isRepresentative'],
    label: '申込者役職・氏名（代表者以外の場合）',
    part: 'head',
    box: party(true),
    print: (ws) => (ws.applicant.isRepresentative ? '' : departmentTitleName(ws.applicant.person)),
  },
  // Whether the block carries a 印 box (FormHead): printed, though not as text.
  { path: 'applicant.sealBox', label: '印欄', part: 'head' },
];

/**
 * 代表者 (役職, then 氏名 with its reading), 電話番号・FAX and URL, in the order the participation
 * forms print them (forms/_parts/provider-rows.tsx).
 */
export const representativeAndReachFields: FieldBinding[] = [
  { path: 'provider.representative.title', label: '代表者の役職', rowLabel: '役職', box: cell() },
  {
    path: 'provider.representative.name',
    reads: ['provider.representative.nameKana'],
    label: '代表者の氏名',
    rowLabel: '氏名（フリガナ）',
    box: cell(),
    print: (ws) => nameWithKana(ws.provider.representative),
  },
  {
    path: 'provider.phone',
    reads: ['provider.fax'],
    label: '電話番号・FAX',
    box: cell(),
    print: (ws) => phoneAndFax(ws.provider),
  },
  { path: 'provider.url', label: 'URL', box: cell(2) },
];

/** The opening rows of every service registration form (forms/_parts/service-rows.tsx). */
export const serviceKindFields: FieldBinding[] = [
  { path: 'services.*.status', label: '申込区分' },
  { path: 'services.*.name', label: 'サービス名称', box: cell() },
  { path: 'services.*.aspCode', label: 'ASPコード', box: cell() },
  { path: 'services.*.overview', label: 'サービス概要', box: cell(3) },
  { path: 'services.*.publishConsent', label: 'サービスリストへの掲載' },
];

const contactAt = (ws: Workspace, path: string): ContactPerson => valueAt(ws, path) as ContactPerson;

/** One group of five rows per contact person, as J-LIS asks for one (002 §4.4(1)). */
export const contactFields = (path: string, label: string): FieldBinding[] => [
  {
    path: `${path}.department`,
    reads: [`${path}.title`],
    label: `${label}の所属部署・役職`,
    rowLabel: '所属部署・役職',
    box: cell(),
    print: (ws) => {
      const c = contactAt(ws, path);
      return [c.department, c.title].filter(Boolean).join('\u3000');
    },
  },
  {
    path: `${path}.name`,
    reads: [`${path}.nameKana`],
    label: `${label}の氏名`,
    rowLabel: '氏名（フリガナ）',
    box: cell(),
    print: (ws) => nameWithKana(contactAt(ws, path)),
  },
  {
    path: `${path}.phone`,
    reads: [`${path}.fax`],
    label: `${label}の電話番号`,
    rowLabel: '電話番号',
    box: cell(),
    print: (ws) => phoneAndFax(contactAt(ws, path)),
  },
  {
    path: `${path}.emailInternet`,
    label: `${label}のE-mail(Internet)`,
    rowLabel: 'E-mail(Internet)',
    box: cell(),
  },
  { path: `${path}.emailLgwan`, label: `${label}のE-mail(LGWAN)`, rowLabel: 'E-mail(LGWAN)', box: cell() },
];

/** The edition of the J-LIS material the forms reproduce: 001 (令和3年1月) is the newest seed. */
export const FORMS_EDITION = { version: '2026-11', effectiveDate: '2021-01-01' } as const;
