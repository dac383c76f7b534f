import { FORMS_EDITION } from '../../src/shared/documents/common-fields.js';
import { BODY_SIZE_PT, cell } from '../../src/shared/documents/boxes.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

/** Exactly the fields of the appendix form (002 付録). */
export const definition = defineDocument({
  id: 'pre-request',
  title: '総合行政ネットワークASP登録及び接続に関する参加資格申込みの事前依頼',
  shortTitle: '事前依頼',
  kind: 'official',
  source: [cite('guideline', '§5.1.1(1)'), cite('guideline', '付録 参加資格申込みの事前依頼')],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: (ws) =>
    // Only connected bodies may send it (付録 「LGWAN接続団体に限定」); after acceptance the ID exists.
    ws.provider.connectedBody === true && !ws.procedure.participationAccepted
      ? [
          {
            reason:
              'LGWAN接続団体は、事前依頼でLGWAN-ASPポータルのユーザIDを取得し、参加資格審査をポータルで申し込めます',
          },
        ]
      : [],
  fields: [
    { path: 'procedure.documentDate', label: '依頼日' },
    {
      path: 'provider.name',
      label: '組織名',
      part: 'head',
      box: { widthMm: 100, fontSizePt: BODY_SIZE_PT, maxLines: 2 },
      print: (ws) => `${ws.provider.name}は、`,
    },
    {
      path: 'contacts.person.department',
      reads: ['provider.name'],
      label: '組織名',
      box: cell(),
      print: (ws) => [ws.provider.name, ws.contacts.person.department].filter(Boolean).join('\u3000'),
    },
    { path: 'contacts.person.name', label: '氏名', box: cell() },
    { path: 'contacts.person.phone', label: '電話番号', box: cell() },
    { path: 'contacts.person.emailInternet', label: 'E-mail(Internet)', box: cell() },
    { path: 'contacts.person.emailLgwan', label: 'E-mail(LGWAN)', box: cell() },
    { path: 'provider.url', label: 'URL', rowLabel: 'ＵＲＬ', box: cell() },
    { path: 'procedure.preRequestParagraph', label: 'ASP基本要綱第4条の項番号' },
    { path: 'procedure.privacyConsent', label: '個人情報の取扱いへの同意' },
  ],
});
