import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
  providerAddress,
  representativeAndReachFields,
} from '../../src/shared/documents/common-fields.js';
import { kindLabel, serviceLabel, warekiOrBlank } from '../../src/shared/documents/format.js';
import type { ContactPerson } from '../../src/shared/model/index.js';
import { CONNECTION_PATTERNS } from '../../src/shared/model/enums.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

/** A contact route's contact printed on one line: 部署, 氏名, 電話番号, E-mail. */
const routeContact = (c: ContactPerson): string =>
  [c.department, c.name, c.phone, c.emailInternet].filter(Boolean).join('\u3000');
const routeReads = (route: string) =>
  ['department', 'name', 'phone', 'emailInternet'].map((k) => `contacts.${route}.contact.${k}`);

const REASONS = {
  new: 'LGWAN-ASPの登録及び接続は、参加資格審査の申込みから始まります',
  change: '参加資格審査の申込内容に変更が生じたため、変更届出が必要です',
  cancel: 'LGWAN-ASPの登録を解除するため、解除届出が必要です',
} as const;

export const definition = defineDocument({
  id: 'participation-review',
  title: '総合行政ネットワークASP登録及び接続に関する参加資格審査申込兼変更並びに解除届出書',
  shortTitle: '参加資格審査申込書',
  kind: 'official',
  source: [cite('guideline', '表5-1 (1)'), cite('guideline', '§5.1.1(1)')],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: (ws) => {
    const mode = ws.procedure.participationMode;
    // Once the review is accepted a new application is done; only a change or a cancellation needs it again.
    if (mode === 'new' && ws.procedure.participationAccepted) return [];
    return [{ reason: REASONS[mode] }];
  },
  fields: [
    ...applicantBlockFields,
    {
      path: 'procedure.participationMode',
      // 変更届出 is marked by itself once the review was accepted and what it printed changed.
      reads: ['procedure.participationAccepted', 'filings'],
      label: '申込区分',
    },
    { path: 'provider.name', label: 'サービス提供者の名称', rowLabel: '名称', box: cell() },
    { path: 'provider.nameKana', label: 'サービス提供者のフリガナ', rowLabel: 'フリガナ', box: cell() },
    { path: 'provider.corporateNumber', label: '法人番号', box: cell() },
    { path: 'provider.category', label: '提供者の区分' },
    { path: 'provider.connectedBody', label: 'LGWAN接続団体' },
    {
      path: 'provider.address',
      label: 'サービス提供者の所在地',
      rowLabel: '所在地',
      box: cell(2),
      print: providerAddress,
    },
    ...representativeAndReachFields,
    { path: 'provider.businessSummary', label: '事業内容', box: cell(4) },
    { path: 'services.*.kind', label: 'サービスの種類' },
    {
      path: 'services.*.name',
      reads: ['services.*.kind', 'services.*.aspCode'],
      label: 'サービス名称',
      print: (ws) =>
        ws.services
          .map((s) => `${kindLabel(s.kind).replace(/（.*）$/, '')}（${s.kind}）: ${serviceLabel(s)}`)
          .join('\n'),
    },
    {
      path: 'services.*.pattern',
      reads: ['services.*.kind', 'services.*.name'],
      label: '接続形態',
      print: (ws) =>
        ws.services
          .flatMap((h) =>
            h.kind === 'HO' ? [`${h.name}: ${h.pattern ? CONNECTION_PATTERNS[h.pattern] : ''}`] : [],
          )
          .join('\n'),
    },
    ...contactFields('contacts.person', '担当者'),
    ...contactFields('contacts.operationsManager', '運用責任者'),
    {
      path: 'contacts.regularRoute.contact',
      reads: routeReads('regularRoute'),
      label: '定常連絡ルートの連絡先',
      rowLabel: '連絡先',
      box: cell(2),
      print: (ws) => routeContact(ws.contacts.regularRoute.contact),
    },
    {
      path: 'contacts.regularRoute.hours',
      label: '定常連絡ルートの対応時間',
      rowLabel: '対応時間',
      box: cell(),
    },
    {
      path: 'contacts.emergencyRoute.contact',
      reads: routeReads('emergencyRoute'),
      label: '緊急連絡ルートの連絡先',
      rowLabel: '連絡先',
      box: cell(2),
      print: (ws) => routeContact(ws.contacts.emergencyRoute.contact),
    },
    {
      path: 'contacts.emergencyRoute.hours',
      label: '緊急連絡ルートの対応時間',
      rowLabel: '対応時間',
      box: cell(),
    },
    {
      path: 'contacts.emergencyRoute.outOfHoursPhone',
      reads: ['contacts.emergencyRoute.outOfHoursNote'],
      label: '深夜・休日の連絡先',
      rowLabel: '深夜・休日連絡先',
      box: cell(2),
      print: (ws) =>
        [ws.contacts.emergencyRoute.outOfHoursPhone, ws.contacts.emergencyRoute.outOfHoursNote]
          .filter(Boolean)
          .join('\u3000'),
    },
    { path: 'procedure.changeSummary', label: '変更内容', box: cell(4) },
    {
      path: 'procedure.changeDate',
      label: '変更日',
      rowLabel: '変更年月日',
      box: cell(),
      print: (ws) => warekiOrBlank(ws.procedure.changeDate),
    },
    { path: 'procedure.changeReason', label: '変更理由', box: cell(2) },
    { path: 'procedure.cancelReason', label: '解除の理由', box: cell(3) },
    {
      path: 'procedure.cancelDate',
      label: '解除希望日',
      box: cell(),
      print: (ws) => warekiOrBlank(ws.procedure.cancelDate),
    },
  ],
});
