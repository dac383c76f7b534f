import type { Rule } from '../types.js';
import { S002 } from '../sources.js';

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
        'LGWAN接続団体（LGWANに接続済みの地方公共団体・一部事務組合・広域連合）に該当するかを選んでください。該当する場合は事前依頼書が必要です。',
      paths: ['provider.connectedBody'],
      documents: ctx.docs(['participation-review']),
    });
  },
};

/** Only local governments and their unions are connected bodies (002 §5.1.1(1) 付録 注記). */
export const connectedBodyCategory: Rule = {
  id: 'provider.connected-body-category',
  severity: 'warning',
  source: `${S002} 付録（事前依頼はLGWAN接続団体に限定）`,
  title: '接続団体とした提供者の区分',
  check(ctx, report) {
    const { provider } = ctx.ws;
    if (provider.connectedBody !== true || provider.category === null || provider.category === '1') return;
    report({
      message:
        'LGWAN接続団体は地方公共団体・一部事務組合・広域連合に限られます。区分①以外の団体は「該当しない」を選んでください（事前依頼は提出できません）。',
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

export const preRequestConsent: Rule = {
  id: 'pre-request.privacy-consent',
  severity: 'error',
  source: `${S002} 付録 参加資格申込みの事前依頼（個人情報の取扱いへの同意）`,
  title: '事前依頼書の個人情報の取扱いへの同意',
  check(ctx, report) {
    if (!ctx.needs('pre-request') || ctx.ws.procedure.privacyConsent === true) return;
    report({
      message:
        '事前依頼は「総合行政ネットワークASP接続/登録申込書等に記載された個人情報の取扱いについて」に同意の上で申請します。内容を確認し、同意欄にチェックしてください。',
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
    const missing: [string, string][] = [];
    if (p.participationMode === 'change') {
      if (blank(p.changeSummary)) missing.push(['procedure.changeSummary', '変更内容']);
      if (blank(p.changeDate)) missing.push(['procedure.changeDate', '変更日']);
    } else if (p.participationMode === 'cancel') {
      if (blank(p.cancelReason)) missing.push(['procedure.cancelReason', '解除の理由']);
      if (blank(p.cancelDate)) missing.push(['procedure.cancelDate', '解除日']);
    }
    if (missing.length === 0) return;
    const mode = p.participationMode === 'change' ? '変更届出' : '解除届出';
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
  preRequestConsent,
  delegationComplete,
  delegationSamePerson,
  participationModeDetails,
];
