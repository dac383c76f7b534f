import { serviceName } from '../../documents/format.js';
import type { Service } from '../../model/index.js';
import { REMOTE_ACCESS_REQUIREMENTS, type ApService } from '../../model/index.js';
import { S001, S002 } from '../sources.js';
import type { DocumentId, Rule, RuleContext } from '../types.js';

const label = (s: Pick<Service, 'name' | 'kind'>) => `「${serviceName(s)}」`;
const docsOf = (ctx: RuleContext, ap: ApService, field: string): DocumentId[] =>
  ctx.usedBy(`services.${ap.id}.${field}`);

/** An AP service is applied through a hosting service (002 表5-1 (2), §5.1.1(2)). */
export const apHosting: Rule = {
  id: 'ap.hosting',
  severity: 'error',
  source: `${S002} 表5-1 (2)、§5.1.1(2)`,
  title: 'APサービスを載せるホスティングサービス',
  check(ctx, report) {
    const carriers = new Map<string, string[]>();
    for (const ho of ctx.ofKind('HO'))
      for (const ap of ctx.hostedAps(ho.id)) carriers.set(ap.id, [...(carriers.get(ap.id) ?? []), ho.id]);
    for (const ap of ctx.ofKind('AP')) {
      if (ap.status === 'cancelling') continue;
      const ref = ap.hosting;
      const path = `services.${ap.id}.hosting`;
      const carriedBy = carriers.get(ap.id) ?? [];
      if (ref.mode === 'internal') {
        const target = ref.serviceId === '' ? undefined : ctx.service(ref.serviceId);
        if (target?.kind === 'HO') {
          if (carriedBy.includes(target.id)) continue;
          // The connection application lists the hosting service's own AP list, not the AP's choice.
          report({
            message: `${label(ap)}は「${serviceName(target)}」に載せる設定ですが、そのホスティングサービスの提供APサービスに入っていません。ホスティングサービスの画面で${label(ap)}を提供APサービスに追加してください（接続申込書に記載されません）。`,
            paths: [`services.${target.id}.hostedApIds`, `${path}.serviceId`],
            documents: ctx.docs(['hosting-connection'], target.id),
          });
          continue;
        }
        report({
          message:
            target === undefined
              ? `${label(ap)}を載せるホスティングサービスを選んでください${ref.serviceId === '' ? '' : '（選んでいたサービスは削除されています）'}。`
              : `${label(ap)}のホスティングに「${serviceName(target)}」（ホスティングサービスではありません）が選ばれています。ホスティングサービスを選んでください。`,
          paths: [`${path}.serviceId`],
          documents: ctx.docs(['participation-review']),
        });
      } else if (ref.mode === 'external') {
        const missing: [string, string][] = [];
        if (ref.providerName.trim() === '') missing.push([`${path}.providerName`, '提供者名']);
        if (ref.serviceName.trim() === '') missing.push([`${path}.serviceName`, 'サービス名']);
        if (missing.length > 0)
          report({
            message: `${label(ap)}を載せる他社のホスティングサービスの${missing.map(([, l]) => l).join('・')}を入力してください。AP情報はそのホスティングサービス提供者が接続申込書に添えて申し込みます。`,
            paths: missing.map(([p]) => p),
            documents: ctx.docs(['participation-review']),
          });
        for (const hoId of carriedBy)
          report({
            message: `${label(ap)}は他社のホスティングに載せる設定ですが、この案件の「${ctx.service(hoId)?.name ?? hoId}」の提供APサービスにも入っています。どちらか一方にしてください。`,
            paths: [path, `services.${hoId}.hostedApIds`],
            documents: ctx.docs(['hosting-connection'], hoId),
            severity: 'warning',
          });
      } else if (carriedBy.length === 0) {
        report({
          message: `${label(ap)}を載せるホスティングサービスを選んでください。APサービスはホスティングサービス提供者の接続申込書とセットで申し込みます。`,
          paths: [path],
          documents: ctx.docs(['participation-review']),
        });
      }
    }
  },
};

/** 001: an application run on a public cloud outside a registered facility cannot be an LGWAN-ASP. */
export const apPublicCloud: Rule = {
  id: 'ap.public-cloud',
  severity: 'error',
  source: `${S001} パブリッククラウドを含む外部ネットワークと連携する際の注意事項`,
  title: 'パブリッククラウド上で提供するアプリケーションでないこと',
  check(ctx, report) {
    for (const ap of ctx.ofKind('AP')) {
      if (ap.status === 'cancelling') continue;
      const documents = docsOf(ctx, ap, 'runsOnPublicCloud');
      if (ap.runsOnPublicCloud === true)
        report({
          message: `パブリッククラウド上で提供されるアプリケーション自体はLGWAN-ASPサービスとして認められません。${label(ap)}をLGWAN-ASPファシリティサービスに設置したホスティング環境へ移してください。`,
          paths: [`services.${ap.id}.runsOnPublicCloud`],
          documents,
        });
      else if (ap.runsOnPublicCloud === null && documents.length > 0)
        report({
          message: `${label(ap)}をパブリッククラウド上で提供するかを選んでください。`,
          paths: [`services.${ap.id}.runsOnPublicCloud`],
          documents,
        });
    }
  },
};

export const apExternalFlows: Rule = {
  id: 'ap.external-data-flows',
  severity: 'error',
  source: `${S001} パブリッククラウドを含む外部ネットワークと連携する際の注意事項、主な提供条件（情報が外部へ漏洩しないことの保証）`,
  title: '外部ネットワークへのデータ送信とその説明',
  check(ctx, report) {
    for (const ap of ctx.ofKind('AP')) {
      if (ap.status === 'cancelling') continue;
      const documents = docsOf(ctx, ap, 'externalDataFlows');
      if (ap.externalDataFlows === true && ap.externalDataFlowsDescription.trim() === '')
        report({
          message: `${label(ap)}は外部ネットワーク（パブリッククラウド等）へデータを送信します。送信するデータ、送信先、データの取扱いとセキュリティ対策を説明してください。地方公共団体への十分な説明が求められています。`,
          paths: [`services.${ap.id}.externalDataFlowsDescription`],
          documents: docsOf(ctx, ap, 'externalDataFlowsDescription'),
        });
      else if (ap.externalDataFlows === null && documents.length > 0)
        report({
          message: `${label(ap)}がパブリッククラウド等の外部ネットワークへデータを送信するかを選んでください。`,
          paths: [`services.${ap.id}.externalDataFlows`],
          documents,
        });
    }
  },
};

/** 001: the four mandatory requirements of a remote-access service. */
export const apRemoteAccess: Rule = {
  id: 'ap.remote-access',
  severity: 'error',
  source: `${S001} LGWAN-ASPを利用したLGWAN接続系端末へのリモートアクセス（必須要件）`,
  title: 'リモートアクセスサービスの必須要件（4項目）',
  check(ctx, report) {
    for (const ap of ctx.ofKind('AP')) {
      if (ap.status === 'cancelling') continue;
      const documents = docsOf(ctx, ap, 'remoteAccess');
      if (ap.remoteAccess === null) {
        if (documents.length > 0)
          report({
            message: `${label(ap)}がLGWAN接続系端末へのリモートアクセスサービスかどうかを選んでください。`,
            paths: [`services.${ap.id}.remoteAccess`],
            documents,
          });
        continue;
      }
      if (!ap.remoteAccess) continue;
      const keys = Object.keys(REMOTE_ACCESS_REQUIREMENTS) as (keyof typeof REMOTE_ACCESS_REQUIREMENTS)[];
      const unmet = keys.filter((k) => !ap.remoteAccessRequirements[k]);
      if (unmet.length === 0) continue;
      report({
        message: `リモートアクセスサービスは必須要件をすべて満たす必要があります。${label(ap)}で満たしていない要件: ${unmet.map((k) => REMOTE_ACCESS_REQUIREMENTS[k]).join('／')}。満たしてから確認欄にチェックしてください。`,
        paths: unmet.map((k) => `services.${ap.id}.remoteAccessRequirements.${k}`),
        documents: docsOf(ctx, ap, 'remoteAccessRequirements'),
      });
    }
  },
};

/** 001 AP注意事項: 利用約款 and 利用手引書 are made and handed to the local governments. */
export const apTermsAndManual: Rule = {
  id: 'ap.terms-and-manual',
  severity: 'warning',
  source: `${S001} ASPアプリケーション及びコンテンツサービス提供者への注意事項`,
  title: '利用約款・利用手引書の作成',
  check(ctx, report) {
    for (const ap of ctx.ofKind('AP')) {
      if (ap.status === 'cancelling') continue;
      const missing: [string, string][] = [];
      if (ap.termsReady !== true) missing.push([`services.${ap.id}.termsReady`, '利用約款']);
      if (ap.manualReady !== true) missing.push([`services.${ap.id}.manualReady`, '利用手引書']);
      if (missing.length === 0) continue;
      report({
        message: `地方公共団体との契約に当たっては利用約款及び利用手引書を作成して交付します。${label(ap)}の${missing.map(([, l]) => l).join('・')}を用意し、「作成済み」にしてください。`,
        paths: missing.map(([p]) => p),
        documents: docsOf(ctx, ap, 'termsReady'),
      });
    }
  },
};

export const apStartDate: Rule = {
  id: 'ap.start-date',
  severity: 'warning',
  source: `${S002} §5.1.1(2)、§5.2`,
  title: 'APの利用開始希望日とホスティングの接続希望日',
  check(ctx, report) {
    for (const ho of ctx.ofKind('HO')) {
      const connect = ho.desiredConnectionDate;
      if (connect === '' || !ctx.needs('hosting-connection', ho.id)) continue;
      for (const ap of ctx.hostedAps(ho.id)) {
        if (ap.desiredStartDate === '' || ap.desiredStartDate >= connect) continue;
        report({
          message: `${label(ap)}の利用開始希望日（${ap.desiredStartDate}）が、載せるホスティングサービス「${ho.name}」の接続希望日（${connect}）より前です。接続後の日付にしてください。`,
          paths: [`services.${ap.id}.desiredStartDate`, `services.${ho.id}.desiredConnectionDate`],
          documents: ['hosting-connection'],
        });
      }
    }
  },
};

export const APPLICATION_RULES: Rule[] = [
  apHosting,
  apPublicCloud,
  apExternalFlows,
  apRemoteAccess,
  apTermsAndManual,
  apStartDate,
];
