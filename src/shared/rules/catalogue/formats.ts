/**
 * Field formats: 郵便番号, phone, e-mail, 法人番号 (check digit), フリガナ, dates, URL, ASPコード.
 * Checked wherever a value has been typed; the finding names the documents that print it.
 */
import { validateCorporateNumber } from '../../validation/corporate-number.js';
import { checkEmail } from '../../validation/email.js';
import { checkIsoDate } from '../../validation/iso-date.js';
import { checkKatakana } from '../../validation/kana.js';
import { checkPhone } from '../../validation/phone.js';
import { checkPostalCode } from '../../validation/postal-code.js';
import { checkAspCode } from '../../validation/asp-code.js';
import type { FieldProblem } from '../../validation/result.js';
import type { Workspace } from '../../model/index.js';
import { S002 } from '../sources.js';
import type { Rule, Severity } from '../types.js';
import { valueAt } from '../values.js';

type Validator = (value: string) => FieldProblem | undefined;

interface FormatCheck {
  validate: Validator;
  label: string;
  /** Problems that only need the offered rewrite are warnings; the rest are errors. */
  severityOf: (p: FieldProblem) => Severity;
}

const byCode =
  (warningCodes: string[]) =>
  (p: FieldProblem): Severity =>
    warningCodes.includes(p.code) ? 'warning' : 'error';

const CHECKS = {
  postal: { validate: checkPostalCode, label: '郵便番号', severityOf: byCode([]) },
  phone: { validate: checkPhone, label: '電話番号', severityOf: byCode([]) },
  email: { validate: checkEmail, label: 'メールアドレス', severityOf: byCode([]) },
  corporate: { validate: validateCorporateNumber, label: '法人番号', severityOf: byCode([]) },
  kana: { validate: checkKatakana, label: 'フリガナ', severityOf: byCode(['kana.halfwidth']) },
  date: { validate: checkIsoDate, label: '日付', severityOf: byCode([]) },
  aspCode: { validate: checkAspCode, label: 'ASPコード', severityOf: byCode(['asp-code.invalid']) },
} satisfies Record<string, FormatCheck>;

type CheckName = keyof typeof CHECKS;

const PEOPLE = [
  'contacts.person',
  'contacts.operationsManager',
  'contacts.regularRoute.contact',
  'contacts.emergencyRoute.contact',
] as const;

/** Paths outside the services holding a value of a checked format. */
const WORKSPACE_PATHS: [string, CheckName][] = [
  ['provider.address.postalCode', 'postal'],
  ['mailing.postalCode', 'postal'],
  ['provider.phone', 'phone'],
  ['provider.fax', 'phone'],
  ['provider.corporateNumber', 'corporate'],
  ['provider.nameKana', 'kana'],
  ['provider.representative.nameKana', 'kana'],
  ['applicant.person.nameKana', 'kana'],
  ['applicant.delegation.date', 'date'],
  ['procedure.changeDate', 'date'],
  ['procedure.cancelDate', 'date'],
  ['procedure.documentDate', 'date'],
  ['contacts.emergencyRoute.outOfHoursPhone', 'phone'],
  ...PEOPLE.flatMap((p): [string, CheckName][] => [
    [`${p}.phone`, 'phone'],
    [`${p}.fax`, 'phone'],
    [`${p}.nameKana`, 'kana'],
    [`${p}.emailInternet`, 'email'],
    [`${p}.emailLgwan`, 'email'],
  ]),
];

/** Service fields (relative to the service) holding a value of a checked format. */
const SERVICE_PATHS: Record<Workspace['services'][number]['kind'], [string, CheckName][]> = {
  AP: [['desiredStartDate', 'date']],
  HO: [
    ['desiredConnectionDate', 'date'],
    ['schedule.workDate', 'date'],
    ['schedule.deliveryDate', 'date'],
    ['schedule.testDate', 'date'],
  ],
  FA: [['address.postalCode', 'postal']],
  CA: [],
};
const COMMON_SERVICE_PATHS: [string, CheckName][] = [
  ['cancellation.desiredDate', 'date'],
  ['aspCode', 'aspCode'],
];

// Phone fields often end in a note (「03-1234-5678（代表）」); only the number is checked.
const NOTE_AFTER_NUMBER = /^(.*?\d)\s*[（(].*[)）]$/;

export const fieldFormats: Rule = {
  id: 'field.format',
  severity: 'error',
  source: `${S002} §5.1.1（申込書の記載事項）`,
  title: '郵便番号・電話番号・メールアドレス・法人番号・フリガナ・日付・ASPコードの形式',
  check(ctx, report) {
    const test = (value: unknown, name: CheckName, path: () => string) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const check: FormatCheck = CHECKS[name];
      const text = name === 'phone' ? (NOTE_AFTER_NUMBER.exec(value)?.[1] ?? value) : value;
      const problem = check.validate(text);
      if (!problem) return;
      const at = path();
      report({
        message: problem.message,
        paths: [at],
        documents: ctx.usedBy(at),
        severity: check.severityOf(problem),
        // A phone number with a note after it: the fix would drop the note, so none is offered.
        ...(problem.suggestion !== undefined && text === value
          ? { fix: { path: at, value: problem.suggestion } }
          : {}),
      });
    };
    for (const [path, name] of WORKSPACE_PATHS) test(ctx.value(path), name, () => path);
    for (const s of ctx.ws.services) {
      for (const [field, name] of [...SERVICE_PATHS[s.kind], ...COMMON_SERVICE_PATHS])
        test(valueAt(s, field), name, () => `services.${s.id}.${field}`);
      if (s.kind === 'FA')
        s.certifications.forEach((c, i) =>
          test(c.validUntil, 'date', () => `services.${s.id}.certifications.${i}.validUntil`),
        );
    }
  },
};

export const urlFormat: Rule = {
  id: 'field.url',
  severity: 'warning',
  source: `${S002} 付録 参加資格申込みの事前依頼（URL）`,
  title: 'URLの形式',
  check(ctx, report) {
    const url = ctx.ws.provider.url.trim();
    if (url === '' || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(url)) return;
    report({
      message: `URL「${url}」の形式が正しくありません。「https://www.example.co.jp/」のように https:// から半角で入力してください。`,
      paths: ['provider.url'],
      documents: ctx.usedBy('provider.url'),
    });
  },
};

/** The 委任日 is on or before the date of the forms it authorises. */
export const delegationDate: Rule = {
  id: 'delegation.date-order',
  severity: 'warning',
  source: `${S002} §5.1.1(1)`,
  title: '委任日が書類の日付より後になっていないか',
  check(ctx, report) {
    const d = ctx.ws.applicant.delegation.date;
    if (!ctx.needs('delegation') || d === '' || d <= ctx.documentDate) return;
    report({
      message: `委任日（${d}）が書類の日付（${ctx.documentDate}）より後です。委任は申込みより前に行うため、委任日を書類の日付以前にしてください。`,
      paths: ['applicant.delegation.date', 'procedure.documentDate'],
      documents: ['delegation'],
    });
  },
};

export const FORMAT_RULES: Rule[] = [fieldFormats, urlFormat, delegationDate];
