/**
 * Values a printed form cannot do without. Each is missing only when a document this workspace
 * needs prints it (field-usage.ts); the finding names those documents.
 */
import type { Service, Workspace } from '../../model/index.js';
import { S000, S001, S002 } from '../sources.js';
import type { DocumentId, Rule, RuleContext } from '../types.js';
import { isBlank, valueAtSegments } from '../values.js';

interface Needed {
  path: string;
  label: string;
  source: string;
  /** Only when this holds (e.g. the area prefecture for a single-prefecture service). */
  when?: (ws: Workspace) => boolean;
}

interface NeededOfService {
  field: string;
  label: string;
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
  { path: 'provider.representative.title', label: '代表者の役職', source: APPLICANT },
  { path: 'provider.representative.name', label: '代表者の氏名', source: APPLICANT },
  { path: 'provider.phone', label: 'サービス提供者の電話番号', source: APPLICANT },
  { path: 'provider.businessSummary', label: '事業内容', source: `${S002} §5.1.1(1)、表5-1 (1)` },
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
    { field: 'pattern', label: '接続形態', source: `${S002} §4.1` },
    {
      field: 'publishConsent',
      label: 'サービスリストへの掲載可否',
      source: `${S001} サービスリストへの掲載方法（${S000}）`,
    },
    { field: 'area', label: '提供地域', source: `${S001} サービス提供範囲の決定` },
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
      label: '回線帯域',
      source: `${S001} 接続料金 (1)`,
      when: (s) => s.kind === 'HO' && s.pattern !== 'connected-body-router',
    },
    { field: 'serverAddresses', label: 'サーバのアドレス', source: `${S002} §3.3.2(2)③` },
    {
      field: 'desiredConnectionDate',
      label: '接続希望日',
      source: `${S001} 手続きフロー(ホスティングサービス)`,
    },
    {
      field: 'tunnellingDescription',
      label: 'トンネリングの内容',
      source: `${S002} §3.3.2(1)、(2)⑨⑩`,
      when: (s) => s.kind === 'HO' && s.tunnelling === true,
    },
    { field: 'tunnelling', label: 'トンネリング機能を使うかどうか', source: `${S002} §3.3.2(1)` },
    {
      field: 'schedule.workDate',
      label: '工事の希望日',
      source: `${S002} §5.2.1(3)`,
      when: (s) => s.kind === 'HO' && s.connectionAccepted,
    },
    {
      field: 'schedule.testDate',
      label: '接続確認試験の希望日',
      source: `${S002} §5.2.1(4)`,
      when: (s) => s.kind === 'HO' && s.connectionAccepted,
    },
    {
      field: 'schedule.site',
      label: '作業場所',
      source: `${S002} §5.2.1(3)`,
      when: (s) => s.kind === 'HO' && s.connectionAccepted,
    },
    {
      field: 'feeReduction.pricingSummary',
      label: '料金体系の概要',
      source: `${S001} LGWAN-ASP接続料金の減額制度について`,
      when: (s) => s.kind === 'HO' && s.feeReduction.apply,
    },
  ],
  FA: [
    { field: 'name', label: 'ファシリティサービスの名称', source: `${S002} §5.1.1(2)` },
    { field: 'facilityName', label: '施設名', source: `${S002} §5.1.1(2)` },
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
      label: `${{ installation: '設置環境', power: '電源設備', 'air-conditioning': '空気調和設備', monitoring: '監視設備', earthquake: '地震対策' }[area]}の内容`,
      source: `${S001} ファシリティ環境としての主な要件`,
    })),
  ],
  CA: [
    { field: 'name', label: '通信サービスの名称', source: `${S002} §5.1.1(2)` },
    { field: 'carrierRegistration', label: '電気通信事業の登録・届出番号', source: `${S002} §3.3.3(1)` },
    { field: 'lineTypes', label: '回線の種類', source: `${S002} §5.1.1(2)` },
    { field: 'bandwidths', label: '提供する帯域', source: `${S002} §5.1.1(2)` },
    { field: 'regions', label: '提供地域', source: `${S001} 通信サービス提供可能地域の決定` },
    {
      field: 'publishConsent',
      label: 'サービスリストへの掲載可否',
      source: `${S001} サービスリストへの掲載方法（${S000}）`,
    },
  ],
};

/** Every service: the cancellation forms print the desired date and the reason. */
export const CANCELLATION_FIELDS: NeededOfService[] = [
  { field: 'cancellation.desiredDate', label: '解除希望日', source: `${S002} §5.1.3(1)、§5.1.4(1)` },
  { field: 'cancellation.reason', label: '解除の理由', source: `${S002} §5.1.3、§5.1.4` },
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

export const requiredFields: Rule = {
  id: 'field.required',
  severity: 'error',
  source: `${S002} §5.1.1`,
  title: '必要な書類に記載する項目の入力漏れ',
  check(ctx, report) {
    const { ws } = ctx;
    for (const f of WORKSPACE_FIELDS) {
      if (f.when && !f.when(ws)) continue;
      const value = ctx.value(f.path);
      if (!isBlank(value)) continue;
      const documents = ctx.usedBy(f.path);
      if (documents.length === 0) continue;
      report({
        message: message(ctx, f.label, documents, value),
        paths: [f.path],
        documents,
        source: f.source,
      });
    }
    for (const s of ws.services) {
      for (const f of FIELDS_OF_KIND[s.kind]) {
        if (f.when && !f.when(s)) continue;
        const value = valueAtSegments(s, f.segments);
        if (!isBlank(value)) continue;
        const path = `services.${s.id}.${f.field}`;
        const documents = ctx.usedBy(f.printedAs ? `services.${s.id}.${f.printedAs}` : path);
        if (documents.length === 0) continue;
        const label = s.name && f.field !== 'name' ? `「${s.name}」の${f.label}` : f.label;
        report({
          message: message(ctx, label, documents, value),
          paths: [path],
          documents,
          source: f.source,
        });
      }
    }
  },
};
