import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
  serviceKindFields,
} from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { planned, serviceName } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
  id: 'communication-registration',
  title: '総合行政ネットワークASP通信サービス登録申込書',
  shortTitle: '通信サービス登録申込書',
  kind: 'official',
  source: [cite('guideline', '表5-1 (2)'), cite('guideline', '§5.1.1(2)'), cite('guideline', '§3.3.3')],
  ...FORMS_EDITION,
  perService: true,
  requiredWhen: (ws) =>
    planned(ws, 'CA').map((s) => ({
      reason: `通信サービス「${serviceName(s)}」の登録申込が必要です`,
      serviceId: s.id,
    })),
  fields: [
    ...applicantBlockFields,
    ...serviceKindFields,
    { path: 'services.*.carrierRegistration', label: '電気通信事業の登録・届出番号', box: cell() },
    { path: 'services.*.lineTypes', label: '回線種別', box: cell(2) },
    { path: 'services.*.bandwidths', label: '提供帯域', box: cell(2) },
    { path: 'services.*.regions', label: '提供可能地域', box: cell(3) },
    ...contactFields('contacts.person', '担当者'),
    { path: 'attachments', label: '添付資料（登録・届出の写し等）', rowLabel: '添付資料' },
  ],
  encloses: ['certification-copy', 'other'],
});
