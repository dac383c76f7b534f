import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { onService, serviceLabel, serviceRefText, warekiOrBlank } from '../../src/shared/documents/format.js';
import type { HoService } from '../../src/shared/model/index.js';
import { planned, serviceName } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';
import type { FieldBinding } from '../../src/shared/documents/types.js';

/** A date row: 和暦, or blank for the pen. */
const date = (path: string, label: string, value: (s: HoService) => string): FieldBinding => ({
  path,
  label,
  box: cell(),
  print: onService(['HO'], (s) => warekiOrBlank(value(s))),
});

export const definition = defineDocument({
  id: 'schedule-coordination',
  title: '総合行政ネットワークASP接続に係る日程等調整申込書',
  shortTitle: '日程等調整申込書',
  kind: 'official',
  source: [cite('guideline', '表5-1 (3)'), cite('guideline', '§5.2'), cite('guideline', '§5.2.1(3)(4)')],
  ...FORMS_EDITION,
  perService: true,
  requiredWhen: (ws) =>
    planned(ws, 'HO')
      .filter((s) => s.connectionAccepted)
      .map((s) => ({
        reason: `ホスティングサービス「${serviceName(s)}」の接続申込が受理されたため、工事・機器搬入・接続確認試験の日程調整が必要です`,
        serviceId: s.id,
      })),
  fields: [
    ...applicantBlockFields,
    {
      path: 'services.*.name',
      reads: ['services.*.aspCode'],
      label: 'ホスティングサービス',
      box: cell(2),
      print: onService(['HO'], (s) => serviceLabel(s)),
    },
    {
      path: 'services.*.facility',
      label: '設置場所（ファシリティ）',
      box: cell(2),
      print: onService(['HO'], (s, ws) => serviceRefText(ws, s.facility)),
    },
    { path: 'services.*.schedule.site', label: '作業場所', box: cell(2) },
    date('services.*.schedule.workDate', '工事希望日', (s) => s.schedule.workDate),
    date('services.*.schedule.deliveryDate', '機器搬入希望日', (s) => s.schedule.deliveryDate),
    date('services.*.schedule.testDate', '接続確認試験希望日', (s) => s.schedule.testDate),
    date('services.*.desiredConnectionDate', '接続希望日', (s) => s.desiredConnectionDate),
    { path: 'services.*.schedule.notes', label: '備考', box: cell(3) },
    ...contactFields('contacts.operationsManager', '運用責任者'),
    ...contactFields('contacts.person', '担当者'),
  ],
});
