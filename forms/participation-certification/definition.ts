import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
  providerAddress,
  representativeAndReachFields,
} from '../../src/shared/documents/common-fields.js';
import { kindLabel, serviceLabel } from '../../src/shared/documents/format.js';
import { PROVIDER_CATEGORIES } from '../../src/shared/model/enums.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
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
    { path: 'provider.nameKana', label: '団体の名称のフリガナ', rowLabel: 'フリガナ', box: cell() },
    {
      path: 'provider.category',
      label: '団体の区分',
      print: (ws) => (ws.provider.category ? PROVIDER_CATEGORIES[ws.provider.category] : ''),
    },
    { path: 'provider.corporateNumber', label: '法人番号', box: cell() },
    {
      path: 'provider.address',
      label: '団体の所在地',
      rowLabel: '所在地',
      box: cell(2),
      print: providerAddress,
    },
    ...representativeAndReachFields,
    { path: 'provider.businessSummary', label: '団体の目的・事業内容', box: cell(6) },
    {
      path: 'services.*.name',
      reads: ['services.*.kind', 'services.*.aspCode'],
      label: '提供を予定するサービス',
      print: (ws) => ws.services.map((s) => `${kindLabel(s.kind)}: ${serviceLabel(s)}`).join('\n'),
    },
    ...contactFields('contacts.person', '担当者'),
  ],
});
