import { FORMS_EDITION } from '../../src/shared/documents/common-fields.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
  id: 'checklist',
  title: '提出書類チェックリスト',
  shortTitle: 'チェックリスト',
  kind: 'aid',
  source: [
    cite('guideline', '§5.1.1'),
    cite('seminar2021', 'LGWAN-ASP登録及び接続のための手続きフロー（申込書の提出（郵送））'),
    cite('guideline', '表5-1 注1（総合行政ネットワーク全国センター ASP担当）'),
  ],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: () => [{ reason: '封入前に、書類と添付資料がそろっているかを確かめます' }],
  fields: [
    { path: 'title', label: '案件名' },
    { path: 'provider.name', label: '申込者' },
  ],
});
