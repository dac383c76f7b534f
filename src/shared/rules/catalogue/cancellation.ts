import { serviceName } from '../../documents/format.js';
import { addMonths } from '../../schedule/dates.js';
import { S002 } from '../sources.js';
import type { Workspace } from '../../model/index.js';
import type { Rule } from '../types.js';

/** The day a cancellation was mailed, when the filing record has it waiting for J-LIS's answer. */
function mailedOn(ws: Workspace, documentId: string, serviceId: string): string | undefined {
  for (const filing of [...ws.filings].reverse()) {
    const pending = filing.documents.some(
      (d) => d.documentId === documentId && d.serviceId === serviceId && d.answer === 'pending',
    );
    if (pending && filing.filedOn !== '') return filing.filedOn;
  }
  return undefined;
}

/**
 * 002 §5.1.3(1), §5.1.4(1): the cancellation form reaches J-LIS ≥ 1 month before the desired date —
 * judged from the recorded 提出日 once it was mailed, else from the date the form will carry.
 */
export const cancellationNotice: Rule = {
  id: 'cancel.one-month',
  severity: 'error',
  source: `${S002} §5.1.3(1)、§5.1.4(1)`,
  title: '解除申込は解除希望日の1か月前まで',
  check(ctx, report) {
    for (const s of ctx.ws.services) {
      const doc = s.kind === 'HO' ? 'hosting-cancellation' : 'fa-ca-cancellation';
      if (!ctx.needs(doc, s.id)) continue;
      const mailed = mailedOn(ctx.ws, doc, s.id);
      const from = mailed ?? ctx.documentDate;
      const latest = addMonths(from, 1);
      const wanted = s.cancellation.desiredDate;
      if (wanted === '' || wanted >= latest) continue;
      report({
        message: `「${serviceName(s)}」の解除希望日（${wanted}）は、${mailed ? '記録した提出日' : '書類の日付'}（${from}）から1か月未満です。解除申込書は解除希望日の1か月前までに提出するため、解除希望日を${latest}以降にしてください。`,
        paths: [`services.${s.id}.cancellation.desiredDate`],
        documents: [doc],
        source: `${S002} ${s.kind === 'HO' ? '§5.1.3(1)' : '§5.1.4(1)'}`,
      });
    }
  },
};

/** 002 §5.1.3(1): by the time the hosting cancellation is filed, every user contract has ended. */
export const hostingUserContracts: Rule = {
  id: 'cancel.user-contracts',
  severity: 'error',
  source: `${S002} §5.1.3(1)`,
  title: 'ホスティング解除の時点で利用者との契約が解除済み',
  check(ctx, report) {
    for (const ho of ctx.ofKind('HO')) {
      if (!ctx.needs('hosting-cancellation', ho.id) || ho.cancellation.userContractsEnded === true) continue;
      report({
        message:
          ho.cancellation.userContractsEnded === false
            ? `「${serviceName(ho)}」の解除申込の時点で、利用契約を結んでいる利用者との契約がすべて解除されていなければなりません。契約を解除してから申し込んでください。`
            : `「${serviceName(ho)}」の利用者との契約がすべて解除済みかを選んでください（解除申込の条件です）。`,
        paths: [`services.${ho.id}.cancellation.userContractsEnded`],
        documents: ['hosting-cancellation'],
      });
    }
  },
};

/**
 * 002 §5.1.1(1) 参加資格解除届出 ends the registration itself; services still registered would be
 * left behind, so each is ended first with its own cancellation (§5.1.3 hosting, §5.1.4 FA/CA; an AP
 * goes with its hosting's).
 */
export const leavingWithRegisteredServices: Rule = {
  id: 'cancel.leaving-with-services',
  severity: 'error',
  source: `${S002} §5.1.1(1)（参加資格解除届出）、§5.1.3、§5.1.4`,
  title: '解除届出の時点で登録中のサービスが残っていないか',
  check(ctx, report) {
    if (ctx.ws.procedure.participationMode !== 'cancel' || !ctx.needs('participation-review')) return;
    const still = ctx.ws.services.filter((s) => s.status === 'registered');
    if (still.length === 0) return;
    report({
      message: `参加資格の解除届出をしても、登録中のサービス（${still.map((s) => `「${serviceName(s)}」`).join('')}）は残ります。先に各サービスを「解除予定」にして解除申込書を提出し、解除されてから解除届出をしてください。`,
      paths: still.map((s) => `services.${s.id}.status`),
      documents: ['participation-review'],
    });
  },
};

/** 002 §5.1.3, 表5-1 (2): an AP is registered through its hosting, so it cannot outlive it. */
export const hostedApsOfCancelledHosting: Rule = {
  id: 'cancel.hosted-ap-remains',
  severity: 'error',
  source: `${S002} §5.1.3、表5-1 (2)（HO窓口による、APとのセット申込み）`,
  title: '解除するホスティングのAPサービスが登録されたままになっていないか',
  check(ctx, report) {
    for (const ho of ctx.ofKind('HO')) {
      if (!ctx.needs('hosting-cancellation', ho.id)) continue;
      const remaining = ctx.hostedAps(ho.id).filter((ap) => ap.status !== 'cancelling');
      if (remaining.length === 0) continue;
      report({
        message: `「${serviceName(ho)}」を解除すると、そこで提供しているAPサービス（${remaining.map((ap) => `「${serviceName(ap)}」`).join('')}）も提供できなくなります。APサービスを「解除予定」にするか、別のホスティングサービスに移してから申し込んでください。`,
        paths: remaining.map((ap) => `services.${ap.id}.status`),
        documents: ['hosting-cancellation'],
      });
    }
  },
};

export const CANCELLATION_RULES: Rule[] = [
  cancellationNotice,
  hostingUserContracts,
  leavingWithRegisteredServices,
  hostedApsOfCancelledHosting,
];
