import { FORMS_EDITION } from '../../src/shared/documents/common-fields.js';
import { cite } from '../../src/shared/documents/sources.js';
import type { DocumentDefinition } from '../../src/shared/documents/types.js';

export const definition: DocumentDefinition = {
  id: 'checklist',
  title: '提出書類チェックリスト',
  shortTitle: 'チェックリスト',
  kind: 'aid',
  source: [
    cite('guideline', '§5.1.1'),
    cite('faq', '登録分局の情報変更（書面の申請書は配達証明付一般書留で郵送）'),
  ],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: () => [{ reason: '封入前に、書類と添付資料がそろっているかを確かめます' }],
  fields: [
    { path: 'title', label: '案件名' },
    { path: 'provider.name', label: '申込者' },
  ],
};
