/**
 * Values a printed form cannot do without. Each is missing only when a document this workspace
 * needs prints it (field-usage.ts); the finding names those documents.
 */
import type { Service, Workspace } from '../../model/index.js';
import { S000, S001, S002 } from '../sources.js';
import type { DocumentId, Rule, RuleContext } from '../types.js';
import { isBlank, valueAt, valueAtSegments } from '../values.js';
import { documentDefinition } from '../../documents/index.js';

interface Needed {
  path: string;
  /** Only where no form prints this value under a name of its own (a part of the address, …). */
  label?: string;
  source: string;
  /** Only when this holds (e.g. the area prefecture for a single-prefecture service). */
  when?: (ws: Workspace) => boolean;
}

interface NeededOfService {
  field: string;
  /**
   * Only where the form's own name would not say which service's value it is (「サービス名称」) or
   * where no form prints the value under a name of its own; otherwise the binding's label.
   */
  label?: string;
  source: string;
  /** The printed field that carries this value, when the form prints it inside another one. */
  printedAs?: string;
  when?: (s: Service) => boolean;
}

const APPLICANT = `${S002} §5.1.1(1)`;
const CONTACTS = `${S002} §4.4(1)`;

export const WORKSPACE_FIELDS: Needed[] = [
  { path: 'provider.name', label: 'サービス提供者の名称', source: APPLICANT },
  { path: 'provider.nameKana', label: 'サービス提供者のフリガナ', source: APPLICANT },
  { path: 'provider.address.postalCode', label: '所在地の郵便番号', source: APPLICANT },
  { path: 'provider.address.prefecture', label: '所在地の都道府県', source: APPLICANT },
  { path: 'provider.address.rest', label: '所在地（市区町村以下）', source: APPLICANT },
  { path: 'provider.representative.title', source: APPLICANT },
  { path: 'provider.representative.name', source: APPLICANT },
  { path: 'provider.phone', label: 'サービス提供者の電話番号', source: APPLICANT },
  { path: 'provider.businessSummary', source: `${S002} §5.1.1(1)、表5-1 (1)` },
  { path: 'contacts.person.name', label: '担当者の氏名', source: CONTACTS },
  { path: 'contacts.person.department', label: '担当者の所属部署', source: CONTACTS },
  { path: 'contacts.person.phone', label: '担当者の電話番号', source: CONTACTS },
  { path: 'contacts.person.emailInternet', label: '担当者のE-mail(Internet)', source: CONTACTS },
];

export const SERVICE_FIELDS: Record<Service['kind'], NeededOfService[]> = {
  AP: [
    { field: 'name', label: 'APサービスの名称', source: `${S002} §5.1.1(2)` },
    { field: 'overview', label: 'APサービスの概要', source: `${S002} §5.1.1(2)` },
    { field: 'adminFields', label: 'APサービスの行政事務分野', source: `${S001} 管理_行政事務分類` },
    { field: 'usesLgpki', label: 'LGPKI証明書を使うかどうか', source: `${S002} §4.3.5` },
    {
      field: 'publishConsent',
      label: 'サービスリストへの掲載可否',
      source: `${S001} サービスリストへの掲載方法（${S000}）`,
    },
  ],
  HO: [
    { field: 'name', label: 'ホスティングサービスの名称', source: `${S002} §5.1.1(2)` },
    { field: 'overview', label: 'ホスティングサービスの概要', source: `${S002} §5.1.1(2)` },
    { field: 'pattern', source: `${S002} §4.1` },
    {
      field: 'publishConsent',
      label: 'サービスリストへの掲載可否',
      source: `${S001} サービスリストへの掲載方法（${S000}）`,
    },
    { field: 'area', source: `${S001} サービス提供範囲の決定` },
    {
      field: 'areaPrefecture',
      label: '提供する都道府県（単一都道府県域）',
      // The form prints it inside the 提供地域 row: 「単一都道府県域（東京都）」.
      printedAs: 'area',
      source: `${S001} サービス提供範囲の決定`,
      when: (s) => s.kind === 'HO' && s.area === 'single',
    },
    {
      field: 'bandwidth',
      source: `${S001} 接続料金 (1)`,
      when: (s) => s.kind === 'HO' && s.pattern !== 'connected-body-router',
    },
    { field: 'serverAddresses', source: `${S002} §3.3.2(2)③` },
    {
      field: 'desiredConnectionDate',
      source: `${S001} 手続きフロー(ホスティングサービス)`,
    },
    {
      field: 'tunnellingDescription',
      source: `${S002} §3.3.2(1)、(2)⑨⑩`,
      when: (s) => s.kind === 'HO' && s.tunnelling === true,
    },
    { field: 'tunnelling', label: 'トンネリング機能を使うかどうか', source: `${S002} §3.3.2(1)` },
    {
      field: 'schedule.workDate',
      source: `${S002} §5.2.1(3)`,
      when: (s) => s.kind === 'HO' && s.connectionAccepted,
    },
    {
      field: 'schedule.testDate',
      source: `${S002} §5.2.1(4)`,
      when: (s) => s.kind === 'HO' && s.connectionAccepted,
    },
    {
      field: 'schedule.site',
      source: `${S002} §5.2.1(3)`,
      when: (s) => s.kind === 'HO' && s.connectionAccepted,
    },
    {
      field: 'feeReduction.pricingSummary',
      source: `${S001} LGWAN-ASP接続料金の減額制度について`,
      when: (s) => s.kind === 'HO' && s.feeReduction.apply,
    },
  ],
  FA: [
    { field: 'name', label: 'ファシリティサービスの名称', source: `${S002} §5.1.1(2)` },
    { field: 'facilityName', source: `${S002} §5.1.1(2)` },
    {
      field: 'publishConsent',
      label: 'サービスリストへの掲載可否',
      source: `${S001} サービスリストへの掲載方法（${S000}）`,
    },
    { field: 'address.postalCode', label: '施設の郵便番号', source: `${S001} ファシリティサービスについて` },
    { field: 'address.prefecture', label: '施設の都道府県', source: `${S001} ファシリティサービスについて` },
    {
      field: 'address.rest',
      label: '施設の所在地（市区町村以下）',
      source: `${S001} ファシリティサービスについて`,
    },
    ...(['installation', 'power', 'air-conditioning', 'monitoring', 'earthquake'] as const).map((area) => ({
      field: `areas.${area}`,
      source: `${S001} ファシリティ環境としての主な要件`,
    })),
  ],
  CA: [
    { field: 'name', label: '通信サービスの名称', source: `${S002} §5.1.1(2)` },
    { field: 'carrierRegistration', source: `${S002} §3.3.3(1)` },
    { field: 'lineTypes', source: `${S002} §5.1.1(2)` },
    { field: 'bandwidths', source: `${S002} §5.1.1(2)` },
    { field: 'regions', source: `${S001} 通信サービス提供可能地域の決定` },
    {
      field: 'publishConsent',
      label: 'サービスリストへの掲載可否',
      source: `${S001} サービスリストへの掲載方法（${S000}）`,
    },
  ],
};

/** Every service: the cancellation forms print the desired date and the reason. */
export const CANCELLATION_FIELDS: NeededOfService[] = [
  { field: 'cancellation.desiredDate', source: `${S002} §5.1.3(1)、§5.1.4(1)` },
  { field: 'cancellation.reason', source: `${S002} §5.1.3、§5.1.4` },
  { field: 'aspCode', label: 'ASPコード', source: `${S002} §5.2.1(1)`, when: (s) => s.status !== 'planned' },
];

const withSegments = (list: NeededOfService[]) => list.map((f) => ({ ...f, segments: f.field.split('.') }));
const FIELDS_OF_KIND = {
  AP: withSegments([...SERVICE_FIELDS.AP, ...CANCELLATION_FIELDS]),
  HO: withSegments([...SERVICE_FIELDS.HO, ...CANCELLATION_FIELDS]),
  FA: withSegments([...SERVICE_FIELDS.FA, ...CANCELLATION_FIELDS]),
  CA: withSegments([...SERVICE_FIELDS.CA, ...CANCELLATION_FIELDS]),
};

function message(ctx: RuleContext, label: string, documents: DocumentId[], value: unknown): string {
  const titles = [...new Set(documents.map((d) => `「${ctx.title(d)}」`))];
  // Unanswered choices and empty lists are picked, not typed.
  const verb = typeof value === 'string' || value === undefined ? '入力して' : '選んで';
  return `${label}を${verb}ください（${titles.join('')}に記載します）。`;
}

/** The label of the value as the first of `documents` that prints it under its own binding names it. */
function printedLabel(documents: readonly DocumentId[], bindingPath: string): string {
  for (const id of documents) {
    const found = documentDefinition(id).fields.find((f) => f.path === bindingPath && f.part !== 'head');
    if (found) return found.label;
  }
  return bindingPath.slice(bindingPath.lastIndexOf('.') + 1);
}

/** A value the documents this workspace needs print and cannot do without. */
export interface NeededValue {
  path: string;
  label: string;
  source: string;
  documents: DocumentId[];
  value: unknown;
}

/**
 * Every value of WORKSPACE_FIELDS / SERVICE_FIELDS that a needed document prints, blank or not:
 * the rule reports the blank ones, the editor marks them all as required (one list for both).
 */
export function neededValues(
  ws: Workspace,
  usedBy: (path: string) => DocumentId[],
  options: { blankOnly?: boolean } = {},
): NeededValue[] {
  const out: NeededValue[] = [];
  // The rule asks for the blank ones only: a filled value needs no document lookup.
  const skip = (value: unknown) => options.blankOnly === true && !isBlank(value);
  for (const f of WORKSPACE_FIELDS) {
    if (f.when && !f.when(ws)) continue;
    const value = valueAt(ws, f.path);
    if (skip(value)) continue;
    const documents = usedBy(f.path);
    if (documents.length === 0) continue;
    const label = f.label ?? printedLabel(documents, f.path);
    out.push({ path: f.path, label, source: f.source, documents, value });
  }
  for (const s of ws.services) {
    for (const f of FIELDS_OF_KIND[s.kind]) {
      if (f.when && !f.when(s)) continue;
      const value = valueAtSegments(s, f.segments);
      if (skip(value)) continue;
      const path = `services.${s.id}.${f.field}`;
      const documents = usedBy(f.printedAs ? `services.${s.id}.${f.printedAs}` : path);
      if (documents.length === 0) continue;
      const own = f.label ?? printedLabel(documents, `services.*.${f.field}`);
      const label = s.name && f.field !== 'name' ? `「${s.name}」の${own}` : own;
      out.push({ path, label, source: f.source, documents, value });
    }
  }
  return out;
}

export const requiredFields: Rule = {
  id: 'field.required',
  severity: 'error',
  source: `${S002} §5.1.1`,
  title: '必要な書類に記載する項目の入力漏れ',
  check(ctx, report) {
    for (const f of neededValues(ctx.ws, (path) => ctx.usedBy(path), { blankOnly: true })) {
      report({
        message: message(ctx, f.label, f.documents, f.value),
        paths: [f.path],
        documents: f.documents,
        source: f.source,
      });
    }
  },
};
