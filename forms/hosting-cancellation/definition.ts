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

export const definition = defineDocument({
  id: 'hosting-cancellation',
  title: '総合行政ネットワークASPホスティングサービス解除申込書',
  shortTitle: 'ホスティング解除申込書',
  kind: 'official',
  source: [cite('guideline', '§5.1.3(1)')],
  ...FORMS_EDITION,
  perService: true,
  requiredWhen: (ws) =>
    cancelling(ws, 'HO').map((s) => ({
      reason: `ホスティングサービス「${serviceName(s)}」の接続を解除するため、解除希望日の1か月前までに解除申込書を提出します（利用者との契約は解除済みであること）`,
      serviceId: s.id,
    })),
  fields: [
    ...applicantBlockFields,
    { path: 'services.*.name', label: 'サービス名称', box: cell() },
    { path: 'services.*.aspCode', label: 'ASPコード', box: cell() },
    {
      path: 'services.*.cancellation.desiredDate',
      label: '解除希望日',
      box: cell(),
      print: onService(['HO'], (s) => warekiOrBlank(s.cancellation.desiredDate)),
    },
    { path: 'services.*.cancellation.reason', label: '解除の理由', box: cell(4) },
    { path: 'services.*.cancellation.userContractsEnded', label: '利用者との契約' },
    ...contactFields('contacts.person', '担当者'),
  ],
});
