import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { serviceLabel } from '../../src/shared/documents/format.js';
import { planned, servicesOf } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import type { DocumentDefinition } from '../../src/shared/documents/types.js';

export const definition: DocumentDefinition = {
  id: 'nonpublic-disclosure',
  title: '総合行政ネットワーク非公開文書の開示申込書',
  shortTitle: '非公開文書開示申込書',
  kind: 'official',
  source: [
    cite('guideline', '§5.1.1(1) ＊提供規程等の概要 ③④⑥'),
    cite(
      'seminar2021',
      '地方公共団体情報システム機構が サービス提供者向けに作成するドキュメント群（非公開文書の開示申込）',
    ),
  ],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: (ws) =>
    // The connection specifications are disclosed only once participation is accepted, and only a
    // hosting provider builds a connection from them.
    ws.procedure.participationAccepted && planned(ws, 'HO').length > 0
      ? [
          {
            reason:
              '参加資格審査が受理されたため、ホスティングサービスの接続準備に必要な非公開文書（接続技術仕様書・接続手引書・ルータ調達仕様書）の開示を申し込みます',
          },
        ]
      : [],
  fields: [
    ...applicantBlockFields,
    { path: 'procedure.participationAccepted', label: '参加結果通知（受理）' },
    {
      path: 'services.*.name',
      reads: ['services.*.kind', 'services.*.aspCode'],
      label: '利用目的（接続予定のホスティングサービス）',
      // One line per hosting service, so the row grows with them and has no fixed box.
      print: (ws) =>
        servicesOf(ws, 'HO')
          .map((h) => `LGWAN-ASPホスティングサービス「${serviceLabel(h)}」の接続準備`)
          .join('\n'),
    },
    ...contactFields('contacts.person', '受領者（担当者）'),
  ],
};
