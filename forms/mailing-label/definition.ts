import { FORMS_EDITION, providerAddress } from '../../src/shared/documents/common-fields.js';
import { departmentTitleName } from '../../src/shared/documents/format.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

/** The label's inner width (forms/mailing-label/template.tsx: a 150 mm label with 8 mm padding). */
const INNER_MM = 134;

export const definition = defineDocument({
  id: 'mailing-label',
  title: '宛名ラベル',
  shortTitle: '宛名ラベル',
  kind: 'aid',
  source: [
    // The recipient is the centre's ASP desk (002 表5-1 注1); 003 gives the 機構's postal address only
    // for another desk of the same centre (LGWAN-PKI受付担当), hence configurable.
    cite('guideline', '表5-1 注1（総合行政ネットワーク全国センター ASP担当）'),
    cite(
      'faq',
      '登録分局の情報変更（機構の所在地 〒102-8419 東京都千代田区一番町25番地。同項の宛先はLGWAN-PKI受付担当）',
    ),
  ],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: () => [{ reason: '封筒に貼る宛名（J-LIS 総合行政ネットワーク全国センター）と差出人です' }],
  fields: [
    { path: 'mailing.postalCode', label: '宛先郵便番号' },
    { path: 'mailing.address', label: '宛先住所', box: { widthMm: INNER_MM, fontSizePt: 15, maxLines: 2 } },
    { path: 'mailing.recipient', label: '宛先', box: { widthMm: INNER_MM, fontSizePt: 17, maxLines: 2 } },
    {
      path: 'provider.address',
      label: '差出人の所在地',
      box: { widthMm: INNER_MM + 4, fontSizePt: 10.5, maxLines: 2 },
      print: providerAddress,
    },
    {
      path: 'provider.name',
      label: '差出人の名称',
      box: { widthMm: INNER_MM + 4, fontSizePt: 12, maxLines: 2 },
    },
    {
      path: 'contacts.person.name',
      reads: ['contacts.person.department', 'contacts.person.title', 'contacts.person.phone'],
      label: '差出人の担当者',
      box: { widthMm: INNER_MM + 4, fontSizePt: 10.5, maxLines: 2 },
      print: (ws) => `${departmentTitleName(ws.contacts.person)}\u3000${ws.contacts.person.phone}`,
    },
  ],
});
