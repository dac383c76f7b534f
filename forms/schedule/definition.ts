import { FORMS_EDITION } from '../../src/shared/documents/common-fields.js';
import { planned } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
  id: 'schedule',
  title: 'LGWAN-ASP手続スケジュール表',
  shortTitle: 'スケジュール表',
  kind: 'aid',
  source: [cite('seminar2021', 'LGWAN-ASP登録及び接続のための手続きフロー(ホスティングサービス)')],
  ...FORMS_EDITION,
  perService: false,
  // The timeline is planned back from a hosting connection date (the template draws hosting
  // services only): an AP's start date follows its hosting's connection.
  requiredWhen: (ws) =>
    planned(ws, 'HO').some((s) => s.desiredConnectionDate !== '')
      ? [{ reason: '接続希望日から逆算した手続の日程です（参考資料）' }]
      : [],
  fields: [
    { path: 'provider.name', label: 'サービス提供者' },
    { path: 'services.*.name', label: 'ホスティングサービス' },
    { path: 'services.*.desiredConnectionDate', label: '接続希望日' },
  ],
});
