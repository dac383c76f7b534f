import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { cite } from '../../src/shared/documents/sources.js';
import type { DocumentDefinition } from '../../src/shared/documents/types.js';

const REASONS = {
  new: 'LGWAN-ASPの登録及び接続は、参加資格審査の申込みから始まります',
  change: '参加資格審査の申込内容に変更が生じたため、変更届出が必要です',
  cancel: 'LGWAN-ASPの登録を解除するため、解除届出が必要です',
} as const;

export const definition: DocumentDefinition = {
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
    { path: 'procedure.participationMode', label: '申込区分' },
    { path: 'provider.name', label: 'サービス提供者の名称', box: cell() },
    { path: 'provider.nameKana', label: 'サービス提供者のフリガナ', box: cell() },
    { path: 'provider.corporateNumber', label: '法人番号', box: cell() },
    { path: 'provider.category', label: '提供者の区分' },
    { path: 'provider.connectedBody', label: 'LGWAN接続団体' },
    { path: 'provider.address', label: 'サービス提供者の所在地', box: cell(2) },
    { path: 'provider.representative.title', label: '代表者の役職', box: cell() },
    { path: 'provider.representative.name', label: '代表者の氏名', box: cell() },
    { path: 'provider.phone', label: '電話番号・FAX', box: cell() },
    { path: 'provider.url', label: 'URL', box: cell(2) },
    { path: 'provider.businessSummary', label: '事業内容', box: cell(4) },
    { path: 'services.*.name', label: 'サービス名称' },
    { path: 'services.*.pattern', label: '接続形態' },
    ...contactFields('contacts.person', '担当者'),
    ...contactFields('contacts.operationsManager', '運用責任者'),
    { path: 'contacts.regularRoute.contact', label: '定常連絡ルートの連絡先', box: cell(2) },
    { path: 'contacts.regularRoute.hours', label: '定常連絡ルートの対応時間', box: cell() },
    { path: 'contacts.emergencyRoute.contact', label: '緊急連絡ルートの連絡先', box: cell(2) },
    { path: 'contacts.emergencyRoute.hours', label: '緊急連絡ルートの対応時間', box: cell() },
    { path: 'contacts.emergencyRoute.outOfHoursPhone', label: '深夜・休日の連絡先', box: cell(2) },
    { path: 'procedure.changeSummary', label: '変更内容', box: cell(4) },
    { path: 'procedure.changeDate', label: '変更日', box: cell() },
    { path: 'procedure.changeReason', label: '変更理由', box: cell(2) },
    { path: 'procedure.cancelReason', label: '解除の理由', box: cell(3) },
    { path: 'procedure.cancelDate', label: '解除希望日', box: cell() },
  ],
};
