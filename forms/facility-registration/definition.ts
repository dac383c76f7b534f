import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
  serviceKindFields,
} from '../../src/shared/documents/common-fields.js';
import { addressLine, onService, warekiOrBlank } from '../../src/shared/documents/format.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { planned, serviceName } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';
import { FACILITY_AREAS } from '../../src/shared/model/enums.js';

export const definition = defineDocument({
  id: 'facility-registration',
  title: '総合行政ネットワークASPファシリティサービス登録申込書',
  shortTitle: 'ファシリティ登録申込書',
  kind: 'official',
  source: [
    cite('guideline', '表5-1 (2)'),
    cite('guideline', '§5.1.1(2)'),
    cite('guideline', '§3.3.4'),
    cite('seminar2021', 'ファシリティサービスについて（ファシリティ環境としての主な要件）'),
  ],
  ...FORMS_EDITION,
  perService: true,
  requiredWhen: (ws) =>
    planned(ws, 'FA').map((s) => ({
      reason: `ファシリティサービス「${serviceName(s)}」の登録申込（内容を示す写真等を添付）が必要です`,
      serviceId: s.id,
    })),
  fields: [
    ...applicantBlockFields,
    ...serviceKindFields,
    { path: 'services.*.facilityName', label: 'ファシリティの名称', box: cell() },
    {
      path: 'services.*.address',
      label: 'ファシリティの所在地',
      box: cell(2),
      print: onService(['FA'], (fa) => addressLine(fa.address)),
    },
    { path: 'services.*.inJapan', label: '国内の設置' },
    { path: 'services.*.safetyStandardCompliant', label: '情報システム安全対策基準' },
    { path: 'services.*.entryControl', label: '入退室管理', box: cell(3) },
    { path: 'services.*.jlisMayEnter', label: '機構の立入り' },
    ...Object.entries(FACILITY_AREAS).map(([area, name]) => ({
      path: `services.*.areas.${area}`,
      label: `${name}の内容`,
      rowLabel: '内容',
      box: cell(3),
    })),
    {
      path: 'services.*.certifications',
      label: '取得している認証',
      print: onService(['FA'], (fa) =>
        fa.certifications
          .map((c) =>
            [
              c.name,
              c.number ? `登録番号 ${c.number}` : '',
              c.validUntil ? `有効期限 ${warekiOrBlank(c.validUntil)}` : '',
            ]
              .filter(Boolean)
              .join('\u3000'),
          )
          .join('\n'),
      ),
    },
    ...contactFields('contacts.person', '担当者'),
    { path: 'attachments', label: '添付資料（設備の写真・認証の写し）', rowLabel: '添付資料' },
  ],
  encloses: ['facility-photo', 'certification-copy', 'other'],
});
