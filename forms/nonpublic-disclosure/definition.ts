import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { planned } from '../../src/shared/documents/workspace-queries.js';
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
    // Every kind applies from them (001 手続きフロー for hosting and for the other kinds alike); they
    // are disclosed once participation is accepted, which the stage order keeps (stages.ts), and once
    // received they are not asked for again.
    !ws.procedure.nonpublicDisclosed &&
    (['HO', 'FA', 'CA'] as const).some((kind) => planned(ws, kind).length > 0)
      ? [
          {
            reason:
              '参加資格審査の受理後、サービスの接続・登録申込の前に非公開文書（接続技術仕様書・接続手引書・ルータ調達仕様書）の開示を申し込みます',
          },
        ]
      : [],
  fields: [
    ...applicantBlockFields,
    { path: 'procedure.participationAccepted', label: '参加結果通知（受理）' },
    { path: 'services.*.name', label: '利用目的（申込予定のサービス）', box: cell(2) },
    ...contactFields('contacts.person', '受領者（担当者）'),
  ],
};
