import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { cite } from '../../src/shared/documents/sources.js';
import type { DocumentDefinition } from '../../src/shared/documents/types.js';

export const definition: DocumentDefinition = {
  id: 'participation-certification',
  title: '総合行政ネットワークASP接続に関する参加資格認定申込書',
  shortTitle: '参加資格認定申込書',
  kind: 'official',
  source: [cite('guideline', '表5-1 (0) 注1'), cite('guideline', '§3.2.2(1)')],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: (ws) =>
    ws.provider.category === '7' && !ws.procedure.certificationGranted
      ? [
          {
            reason:
              '区分⑦（その他機構の理事長が認める任意団体）は、参加資格審査の前に参加資格の認定を受ける必要があります',
          },
        ]
      : [],
  fields: [
    ...applicantBlockFields,
    { path: 'provider.name', label: '団体の名称', box: cell() },
    { path: 'provider.nameKana', label: '団体の名称のフリガナ', box: cell() },
    { path: 'provider.category', label: '団体の区分' },
    { path: 'provider.corporateNumber', label: '法人番号', box: cell() },
    { path: 'provider.address', label: '団体の所在地', box: cell(2) },
    { path: 'provider.representative.title', label: '代表者の役職', box: cell() },
    { path: 'provider.representative.name', label: '代表者の氏名', box: cell() },
    { path: 'provider.phone', label: '電話番号・FAX', box: cell() },
    { path: 'provider.url', label: 'URL', box: cell(2) },
    { path: 'provider.businessSummary', label: '団体の目的・事業内容', box: cell(6) },
    ...contactFields('contacts.person', '担当者'),
  ],
};
