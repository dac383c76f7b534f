import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { onService, warekiOrBlank } from '../../src/shared/documents/format.js';
import { cancelling, serviceName } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

const KIND_NAMES = { FA: 'ファシリティサービス', CA: '通信サービス' } as const;

export const definition = defineDocument({
  id: 'fa-ca-cancellation',
  title: '総合行政ネットワークASPファシリティサービス又は通信サービス解除申込書',
  shortTitle: 'FA・CA解除申込書',
  kind: 'official',
  source: [cite('guideline', '§5.1.4(1)')],
  ...FORMS_EDITION,
  perService: true,
  requiredWhen: (ws) =>
    [...cancelling(ws, 'FA'), ...cancelling(ws, 'CA')].map((s) => ({
      reason: `${KIND_NAMES[s.kind]}「${serviceName(s)}」の登録を解除するため、解除希望日の1か月前までに解除申込書を提出します`,
      serviceId: s.id,
    })),
  fields: [
    ...applicantBlockFields,
    { path: 'services.*.kind', label: 'サービスの種類' },
    { path: 'services.*.name', label: 'サービス名称', box: cell() },
    { path: 'services.*.aspCode', label: 'ASPコード', box: cell() },
    {
      path: 'services.*.cancellation.desiredDate',
      label: '解除希望日',
      box: cell(),
      print: onService(['FA', 'CA'], (s) => warekiOrBlank(s.cancellation.desiredDate)),
    },
    { path: 'services.*.cancellation.reason', label: '解除の理由', box: cell(4) },
    ...contactFields('contacts.person', '担当者'),
  ],
});
