import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { serviceLabel } from '../../src/shared/documents/format.js';
import { planned } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';
import type { Service, Workspace } from '../../src/shared/model/index.js';

const PURPOSE: Record<Service['kind'], string> = {
  AP: 'LGWAN-ASPアプリケーション及びコンテンツサービス',
  HO: 'LGWAN-ASPホスティングサービス',
  FA: 'LGWAN-ASPファシリティサービス',
  CA: 'LGWAN-ASP通信サービス',
};

/** The services still to be applied for that connect or register from the disclosed documents. */
export const applyingServices = (ws: Workspace): Service[] =>
  ws.services.filter((s) => s.status === 'planned' && s.kind !== 'AP');

export const definition = defineDocument({
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
    {
      path: 'services.*.name',
      reads: ['services.*.kind', 'services.*.status', 'services.*.aspCode'],
      label: '利用目的（申込予定のサービス）',
      // One line per service applied for, so the row grows with them and has no fixed box.
      print: (ws) =>
        applyingServices(ws)
          .map((s) => `${PURPOSE[s.kind]}「${serviceLabel(s)}」の${s.kind === 'HO' ? '接続' : '登録'}準備`)
          .join('\n'),
    },
    ...contactFields('contacts.person', '受領者（担当者）'),
  ],
});
