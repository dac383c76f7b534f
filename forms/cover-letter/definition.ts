import { FORMS_EDITION, providerAddress } from '../../src/shared/documents/common-fields.js';
import { departmentTitleName } from '../../src/shared/documents/format.js';
import { party } from '../../src/shared/documents/boxes.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
  id: 'cover-letter',
  title: '送付状',
  shortTitle: '送付状',
  kind: 'aid',
  source: [
    cite('seminar2021', 'LGWAN-ASP登録及び接続のための手続きフロー（申込書の提出（郵送））'),
    cite('guideline', '表5-1 注1（総合行政ネットワーク全国センター ASP担当）'),
  ],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: () => [{ reason: '封入した書類の一覧として、先頭に添えます' }],
  fields: [
    { path: 'mailing.recipient', label: '宛先' },
    // The sender block (template: PartyBlock), in this order, with the row names it prints.
    {
      path: 'provider.address',
      label: '差出人の所在地',
      rowLabel: '所在地',
      box: party(),
      print: providerAddress,
    },
    { path: 'provider.name', label: '差出人の名称', rowLabel: '名称', box: party() },
    {
      path: 'contacts.person.name',
      reads: ['contacts.person.department', 'contacts.person.title'],
      label: '担当者',
      box: party(),
      print: (ws) => departmentTitleName(ws.contacts.person),
    },
    { path: 'contacts.person.phone', label: '担当者の電話番号', rowLabel: '電話番号', box: party() },
    { path: 'contacts.person.emailInternet', label: '担当者のE-mail', rowLabel: 'E-mail', box: party() },
  ],
});
