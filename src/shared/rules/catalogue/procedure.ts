import type { Rule } from '../types.js';
import { S002, S003 } from '../sources.js';

const blank = (v: string): boolean => v.trim() === '';

/** 002 §5.1.1(1): an applicant without the representative's authority files a 委任状. */
export const delegationComplete: Rule = {
  id: 'delegation.complete',
  severity: 'error',
  source: `${S002} §5.1.1(1)`,
  title: '申込者が代表者でないときの委任状の記載事項',
  check(ctx, report) {
    const { applicant } = ctx.ws;
    if (applicant.isRepresentative || !ctx.needs('delegation')) return;
    const missing: [string, string][] = [];
    if (blank(applicant.person.name)) missing.push(['applicant.person.name', '受任者（申込者）の氏名']);
    if (blank(applicant.person.title)) missing.push(['applicant.person.title', '受任者（申込者）の役職']);
    if (blank(applicant.delegation.matters)) missing.push(['applicant.delegation.matters', '委任事項']);
    if (blank(applicant.delegation.date)) missing.push(['applicant.delegation.date', '委任日']);
    if (missing.length === 0) return;
    report({
      message: `申込者が代表者ではないため委任状が必要です。${missing.map(([, l]) => l).join('・')}を入力してください。`,
      paths: missing.map(([p]) => p),
      documents: ['delegation'],
    });
  },
};

/** The applicant named as someone other than the representative must differ from the representative. */
export const delegationSamePerson: Rule = {
  id: 'delegation.same-person',
  severity: 'warning',
  source: `${S002} §5.1.1(1)`,
  title: '委任状の受任者が代表者本人になっていないか',
  check(ctx, report) {
    const { applicant, provider } = ctx.ws;
    if (applicant.isRepresentative || blank(applicant.person.name)) return;
    const norm = (s: string) => s.normalize('NFKC').replace(/\s/g, '');
    if (norm(applicant.person.name) !== norm(provider.representative.name)) return;
    report({
      message:
        '受任者（申込者）が代表者と同じ氏名です。代表者が申し込む場合は「申込者は代表者」を選び、委任状を外してください。',
      paths: ['applicant.isRepresentative', 'applicant.person.name'],
      documents: ctx.docs(['delegation']),
    });
  },
};

/** 002 §5.1.1(1), appendix: the pre-request is for connected bodies only; whether one is decides it. */
export const connectedBodyAnswered: Rule = {
  id: 'provider.connected-body',
  severity: 'error',
  source: `${S002} §5.1.1(1)、付録`,
  title: 'LGWAN接続団体かどうか',
  check(ctx, report) {
    const { provider } = ctx.ws;
    if (provider.connectedBody !== null || !ctx.needs('participation-review')) return;
    report({
      message:
        'LGWAN接続団体（LGWANに接続済みの地方公共団体・一部事務組合・広域連合、機構の理事長の承認を得て接続している組織）に該当するかを選んでください。該当する場合は事前依頼書を提出し、参加資格審査はポータルで申し込みます。',
      paths: ['provider.connectedBody'],
      documents: ctx.docs(['participation-review']),
    });
  },
};

/**
 * Connected bodies are the local governments (unions and 広域連合 included) and the organisations the
 * 理事長 approved to connect (003 「LGWANに接続可能な団体について」, 002 §3.2): a body of another
 * category may be one, so this asks to confirm rather than forbidding it.
 */
export const connectedBodyCategory: Rule = {
  id: 'provider.connected-body-category',
  severity: 'info',
  source: `${S003} 1 接続団体の手続きについて（LGWANに接続可能な団体）、${S002} §3.2、付録`,
  title: '区分①以外を接続団体とするとき',
  check(ctx, report) {
    const { provider } = ctx.ws;
    if (provider.connectedBody !== true || provider.category === null || provider.category === '1') return;
    report({
      message:
        '区分①（地方公共団体）以外で接続団体となるのは、機構の理事長の承認を得てLGWANに接続している組織です。承認を得て接続していることを確かめてください。接続していなければ「該当しない」を選んでください（事前依頼は接続団体に限られます）。',
      paths: ['provider.connectedBody', 'provider.category'],
      documents: ctx.docs(['pre-request']),
    });
  },
};

/** 002 appendix: every field of the pre-request form. */
export const preRequestFields: Rule = {
  id: 'pre-request.fields',
  severity: 'error',
  source: `${S002} 付録 参加資格申込みの事前依頼`,
  title: '事前依頼書だけの記載事項（E-mail(LGWAN)・URL）',
  check(ctx, report) {
    if (!ctx.needs('pre-request')) return;
    const { provider, contacts } = ctx.ws;
    // 組織名・氏名・電話番号・E-mail(Internet) are on every form and reported by field.required.
    const fields: [string, string, string][] = [
      ['contacts.person.emailLgwan', contacts.person.emailLgwan, 'E-mail(LGWAN)'],
      ['provider.url', provider.url, 'URL'],
    ];
    const missing = fields.filter(([, v]) => blank(v));
    if (missing.length === 0) return;
    report({
      message: `事前依頼書の${missing.map(([, , l]) => l).join('・')}を入力してください（接続団体のE-mail(LGWAN)とホームページのURLを記載します）。`,
      paths: missing.map(([p]) => p),
      documents: ['pre-request'],
    });
  },
};

/** 002 付録: the request sentence cites 「ASP基本要綱第4条第_項」; the 項 is a number or left blank. */
export const preRequestParagraph: Rule = {
  id: 'pre-request.paragraph',
  severity: 'error',
  source: `${S002} 付録 参加資格申込みの事前依頼（ASP基本要綱第4条第_項）`,
  title: '事前依頼書の「第4条第_項」の項番号',
  check(ctx, report) {
    if (!ctx.needs('pre-request')) return;
    const value = ctx.ws.procedure.preRequestParagraph.normalize('NFKC').trim();
    if (value === '') {
      report({
        severity: 'info',
        message:
          '事前依頼書の「ASP基本要綱第4条第　項」の項番号が空欄のため、空欄のまま印刷されます。ASP基本要綱で項番号を確かめて入力するか、印刷後に手書きで記入してください。',
        paths: ['procedure.preRequestParagraph'],
        documents: ['pre-request'],
      });
      return;
    }
    if (/^[1-9][0-9]?$/.test(value)) return;
    report({
      message: `事前依頼書の項番号「${value}」は数字ではありません。「第4条第_項」に入る項番号を数字（例: 1）で入力してください。`,
      paths: ['procedure.preRequestParagraph'],
      documents: ['pre-request'],
    });
  },
};

export const preRequestConsent: Rule = {
  id: 'pre-request.privacy-consent',
  severity: 'error',
  source: `${S002} 付録 参加資格申込みの事前依頼（個人情報の取扱いへの同意）`,
  title: '事前依頼書の個人情報の取扱いへの同意',
  check(ctx, report) {
    if (!ctx.needs('pre-request') || ctx.ws.procedure.privacyConsent === true) return;
    report({
      message:
        '事前依頼は「総合行政ネットワークASP接続/登録申込書等に記載された個人情報の取扱いについて」に同意の上で申請します。内容を確認し、「手続きの状況」の事前依頼で「個人情報の取扱いに同意する」の「同意する」を選んでください（書類には同意の上で申請する旨の文が印字されます）。',
      paths: ['procedure.privacyConsent'],
      documents: ['pre-request'],
    });
  },
};

/** 002 §3.2.2(1), table 5-1 note 1: category ⑦ needs the 理事長's approval first. */
export const certificationFirst: Rule = {
  id: 'provider.category7-certification',
  severity: 'warning',
  source: `${S002} 表5-1 注1、§3.2.2(1)`,
  title: '区分⑦は参加資格認定が先',
  check(ctx, report) {
    const { provider, procedure } = ctx.ws;
    if (provider.category !== '7' || procedure.certificationGranted) return;
    report({
      message:
        '区分⑦（任意団体）は、参加資格審査の前に参加資格認定申込書で機構の理事長の承認を得る必要があります（目安1か月）。様式は総合行政ネットワーク全国センターASP担当に直接問い合わせて入手し、認定を受けたら「参加資格認定済み」にしてください。',
      paths: ['provider.category', 'procedure.certificationGranted'],
      documents: ctx.docs(['participation-certification', 'participation-review']),
    });
  },
};

export const categoryChosen: Rule = {
  id: 'provider.category',
  severity: 'error',
  source: `${S002} §3.2.2(1)`,
  title: 'サービス提供者の区分（①～⑦）',
  check(ctx, report) {
    if (ctx.ws.provider.category !== null) return;
    const documents = ctx.docs(['participation-review', 'participation-certification']);
    if (documents.length === 0) return;
    report({
      message:
        'サービス提供者の区分（①地方公共団体～⑦任意団体）を選んでください。必要な書類と選べる接続形態が決まります。',
      paths: ['provider.category'],
      documents,
    });
  },
};

/** Change and cancellation notices say what changed / why, and from when (002 §5.1.1(1)). */
export const participationModeDetails: Rule = {
  id: 'procedure.mode-details',
  severity: 'error',
  source: `${S002} 表5-1 (1)、§5.1.1(1)`,
  title: '変更届出・解除届出の内容と日付',
  check(ctx, report) {
    const p = ctx.ws.procedure;
    if (!ctx.needs('participation-review')) return;
    const review = ctx.required.find((d) => d.id === 'participation-review');
    const missing: [string, string][] = [];
    if (review?.mode === 'change' && p.participationMode !== 'change') {
      // 変更届出 computed from the record: the 変更内容 table prints itself from the diff; the date
      // and the reason are the user's (002 §5.1.1(1)).
      if (blank(p.changeDate)) missing.push(['procedure.changeDate', '変更日']);
      if (blank(p.changeReason)) missing.push(['procedure.changeReason', '変更理由']);
    } else if (p.participationMode === 'change') {
      if (blank(p.changeSummary)) missing.push(['procedure.changeSummary', '変更内容']);
      if (blank(p.changeDate)) missing.push(['procedure.changeDate', '変更日']);
    } else if (p.participationMode === 'cancel') {
      if (blank(p.cancelReason)) missing.push(['procedure.cancelReason', '解除の理由']);
      if (blank(p.cancelDate)) missing.push(['procedure.cancelDate', '解除日']);
    }
    if (missing.length === 0) return;
    const mode = p.participationMode === 'cancel' ? '解除届出' : '変更届出';
    report({
      message: `${mode}には${missing.map(([, l]) => l).join('・')}が必要です。入力してください。`,
      paths: missing.map(([path]) => path),
      documents: ['participation-review'],
    });
  },
};

export const PROCEDURE_RULES: Rule[] = [
  categoryChosen,
  certificationFirst,
  connectedBodyAnswered,
  connectedBodyCategory,
  preRequestFields,
  preRequestParagraph,
  preRequestConsent,
  delegationComplete,
  delegationSamePerson,
  participationModeDetails,
];
