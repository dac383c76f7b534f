import { applicantBlockFields, contactFields } from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { bandwidthText, onService } from '../../src/shared/documents/format.js';
import { servicesOf, serviceName } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
  id: 'fee-reduction',
  title: 'LGWAN-ASP接続料金の減額に係る申請',
  shortTitle: '接続料金減額申請',
  kind: 'official',
  source: [cite('seminar2021', 'LGWAN-ASP接続料金の減額制度について')],
  version: '2026-11',
  // The reduction scheme started in 令和2年10月 (001 減額制度).
  effectiveDate: '2020-10-01',
  perService: true,
  requiredWhen: (ws) =>
    // A connected service may opt in as well as a new one; a service being ended may not.
    servicesOf(ws, 'HO')
      .filter((s) => s.feeReduction.apply && s.status !== 'cancelling')
      .map((s) => ({
        reason: `ホスティングサービス「${serviceName(s)}」に接続料金の減額制度の適用を申請します（料金体系を示す資料を添付）`,
        serviceId: s.id,
      })),
  fields: [
    ...applicantBlockFields,
    { path: 'services.*.name', label: 'ホスティングサービス名称', box: cell() },
    { path: 'services.*.aspCode', label: 'ASPコード', box: cell() },
    {
      path: 'services.*.bandwidth',
      label: '回線帯域',
      box: cell(),
      print: onService(['HO'], (s) => bandwidthText(s.bandwidth)),
    },
    { path: 'services.*.feeReduction.pricingSummary', label: '料金体系の概要', box: cell(6) },
    { path: 'attachments', label: '添付資料（料金体系を示す資料）', rowLabel: '添付資料' },
    ...contactFields('contacts.person', '担当者'),
  ],
  encloses: ['pricing-material'],
});
