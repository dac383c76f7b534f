import { FORMS_EDITION, providerAddress } from '../../src/shared/documents/common-fields.js';
import { nameWithKana, titleAndName, warekiOrBlank } from '../../src/shared/documents/format.js';
import { cell, party } from '../../src/shared/documents/boxes.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
  id: 'delegation',
  title: '総合行政ネットワークASP登録及び接続申込等における代表者権限の委任状',
  shortTitle: '委任状',
  kind: 'official',
  source: [cite('guideline', '§5.1.1(1)')],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: (ws) =>
    ws.applicant.isRepresentative
      ? []
      : [
          {
            reason:
              '申込者が代表者権限を有しない者のため、代表者からの委任状を申込書に添えて提出する必要があります',
          },
        ],
  fields: [
    { path: 'applicant.delegation.date', label: '委任日（日付欄）', part: 'head' },
    {
      path: 'provider.address',
      label: '委任者の所在地',
      rowLabel: '所在地',
      part: 'head',
      box: party(),
      print: providerAddress,
    },
    { path: 'provider.name', label: '委任者の名称', rowLabel: '名称', part: 'head', box: party() },
    {
      path: 'provider.representative.name',
      reads: ['provider.representative.title'],
      label: '委任者の代表者役職・氏名',
      part: 'head',
      box: party(true),
      print: (ws) => titleAndName(ws.provider.representative),
    },
    { path: 'applicant.sealBox', label: '委任者の印欄', part: 'head' },
    {
      path: 'provider.address',
      label: '受任者の所在地',
      rowLabel: '所在地',
      box: cell(2),
      print: providerAddress,
    },
    { path: 'applicant.person.department', label: '受任者の所属部署', rowLabel: '所属部署', box: cell() },
    { path: 'applicant.person.title', label: '受任者の役職', rowLabel: '役職', box: cell() },
    {
      path: 'applicant.person.name',
      reads: ['applicant.person.nameKana'],
      label: '受任者の氏名',
      rowLabel: '氏名（フリガナ）',
      box: cell(),
      print: (ws) => nameWithKana(ws.applicant.person),
    },
    { path: 'applicant.delegation.matters', label: '委任事項', box: cell(6) },
    {
      path: 'applicant.delegation.date',
      label: '委任日',
      box: cell(),
      print: (ws) => warekiOrBlank(ws.applicant.delegation.date),
    },
  ],
});
