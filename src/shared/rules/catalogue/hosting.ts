import type { Service } from '../../model/index.js';
import { serviceName } from '../../documents/format.js';
import {
  BandwidthSchema,
  CONNECTION_PATTERNS,
  ROUTER_OWNERSHIPS,
  type HoService,
} from '../../model/index.js';
import { planSchedule, type SchedulePlan } from '../../schedule/index.js';
import { S001, S002 } from '../sources.js';
import type { Rule, RuleContext } from '../types.js';
import { refProblems } from './service-ref.js';

const HO_FORM = 'hosting-connection' as const;
const label = (s: Pick<Service, 'name' | 'kind'>) => `「${serviceName(s)}」`;

const active = (ctx: RuleContext) => ctx.ofKind('HO').filter((s) => ctx.needs(HO_FORM, s.id));

export const hostingTopology: Rule = {
  id: 'ho.topology',
  severity: 'error',
  source: `${S002} §5.1.1(2)（ネットワークトポロジ等の指定された資料）`,
  title: 'ネットワークトポロジ図の添付',
  check(ctx, report) {
    for (const ho of active(ctx)) {
      if (ctx.slotCount(ho.id, 'network-topology') > 0) continue;
      report({
        message: `${label(ho)}のネットワークトポロジ図を添付してください。接続申込書の審査に必要な資料です。`,
        paths: [`attachments.slot.${ho.id}.network-topology`],
        documents: [HO_FORM],
      });
    }
  },
};

export const hostingFacilityAndLine: Rule = {
  id: 'ho.facility-and-line',
  severity: 'error',
  source: `${S002} §5.1.1(2)（サービスリストからファシリティサービス及び通信サービスを選択）、§4.2.1`,
  title: '利用するファシリティサービスと通信サービス（同一施設内のLAN接続は通信サービス不要）',
  check(ctx, report) {
    for (const ho of active(ctx)) {
      for (const r of refProblems(ctx, ho.facility, `services.${ho.id}.facility`, 'FA', label(ho), [HO_FORM]))
        report(r);
      // With a connected body's own LGWAN router the line is that body's LGWAN line, not a CA service;
      // equipment in the same facility on its LAN needs no dedicated line either (002 §4.2.1①).
      if (ho.pattern === 'connected-body-router' || ho.sameFacilityLan) continue;
      for (const r of refProblems(ctx, ho.communication, `services.${ho.id}.communication`, 'CA', label(ho), [
        HO_FORM,
      ]))
        report(r);
    }
  },
};

export const hostingApServices: Rule = {
  id: 'ho.hosted-ap',
  severity: 'error',
  source: `${S002} §5.1.1(2)、表5-1 (2)（HO窓口による、APとのセット申込み）`,
  title: 'ホスティングで提供するAPサービス（1件以上）',
  check(ctx, report) {
    for (const ho of active(ctx)) {
      const broken = ho.hostedApIds.filter((id) => ctx.service(id)?.kind !== 'AP');
      if (broken.length > 0)
        report({
          message: `${label(ho)}の提供APサービスに、削除されたかAPでないサービスが含まれています。一覧から選び直してください。`,
          paths: [`services.${ho.id}.hostedApIds`],
          documents: [HO_FORM],
        });
      if (ctx.hostedAps(ho.id).length > 0) continue;
      report({
        message: `${label(ho)}で提供するAPサービスを1件以上選んでください。APサービスはホスティングサービス接続申込書とセットで申し込みます。`,
        paths: [`services.${ho.id}.hostedApIds`],
        documents: [HO_FORM],
      });
    }
  },
};

/** 002 §4.1: which connection pattern each provider may use. */
export const hostingPattern: Rule = {
  id: 'ho.pattern',
  severity: 'error',
  source: `${S002} §4.1`,
  title: '接続形態が提供者の区分で選べるか',
  check(ctx, report) {
    const { provider } = ctx.ws;
    for (const ho of ctx.ofKind('HO')) {
      // The review form lists every hosting service's pattern too.
      const documents = ctx.usedBy(`services.${ho.id}.pattern`);
      if (documents.length === 0) continue;
      const paths = [`services.${ho.id}.pattern`];
      if (ho.pattern === 'prefecture-node' && provider.category !== null && provider.category !== '1')
        report({
          message: `都道府県ノード接続型は区分①（地方公共団体）に限られます。${label(ho)}は直接接続型を選んでください（回線とルータはネットワーク基盤サービス事業者からセットで調達します）。`,
          paths: [...paths, 'provider.category'],
          documents,
          source: `${S002} §4.1①`,
        });
      if (ho.pattern === 'security-gw')
        report({
          message: `セキュリティGW直収型は運営主体（J-LIS）が必要と認める場合に限られます。${label(ho)}で選ぶ前に総合行政ネットワーク全国センターASP担当に相談してください。`,
          paths,
          documents,
          severity: 'warning',
          source: `${S002} §4.1③`,
        });
      if (ho.pattern === 'connected-body-router' && provider.connectedBody !== true)
        report({
          message: `接続団体のLGWAN接続ルータを利用する形態は、LGWAN接続団体だけが選べます。${label(ho)}は直接接続型を選ぶか、提供者が接続団体であれば「LGWAN接続団体」を「該当する」にしてください。`,
          paths: [...paths, 'provider.connectedBody'],
          documents,
          source: `${S002} §4.1④`,
        });
      if (ho.routerOwnership === 'own' && provider.connectedBody !== true)
        report({
          message: `自団体のLGWAN接続ルータを使えるのはLGWAN接続団体だけです。${label(ho)}のルータは「ASP用に調達する」を選んでください。`,
          paths: [`services.${ho.id}.routerOwnership`, 'provider.connectedBody'],
          documents,
          source: `${S001} 接続料金 (1)`,
        });
    }
  },
};

/**
 * 002 §4.1: patterns ①–③ connect an LGWAN connection router set up for the ASP service, pattern ④
 * uses a connected body's own. The router chosen for the fees (001 接続料金 (1)) must be the one the
 * pattern on the forms says, or the 料金試算書 prices a router the application does not describe.
 */
export const hostingRouterMatchesPattern: Rule = {
  id: 'ho.router-matches-pattern',
  severity: 'error',
  source: `${S002} §4.1、${S001} 接続料金 (1)`,
  title: '接続形態とLGWAN接続ルータの一致',
  check(ctx, report) {
    for (const ho of ctx.ofKind('HO')) {
      if (ho.pattern === null) continue;
      const expected = ho.pattern === 'connected-body-router' ? 'own' : 'asp';
      if (ho.routerOwnership === expected) continue;
      // A provider that is no connected body cannot have a router of its own: ho.pattern says so.
      if (ho.routerOwnership === 'own' && ctx.ws.provider.connectedBody !== true) continue;
      // Only while a form that prints the router is required (not for a hosting being cancelled).
      const documents = ctx.usedBy(`services.${ho.id}.routerOwnership`);
      if (documents.length === 0) continue;
      report({
        message:
          expected === 'own'
            ? `${label(ho)}の接続形態は「${CONNECTION_PATTERNS[ho.pattern]}」ですが、LGWAN接続ルータが「${ROUTER_OWNERSHIPS.asp}」になっています。接続団体のルータを使うなら「${ROUTER_OWNERSHIPS.own}」を、ASP用にルータを用意するなら直接接続型などの接続形態を選んでください。`
            : `${label(ho)}の接続形態は「${CONNECTION_PATTERNS[ho.pattern]}」（ASP用のLGWAN接続ルータを接続する形態）ですが、LGWAN接続ルータが「${ROUTER_OWNERSHIPS.own}」になっています。「${ROUTER_OWNERSHIPS.asp}」を選ぶか、接続団体のルータを使うなら接続形態を「${CONNECTION_PATTERNS['connected-body-router']}」にしてください。`,
        // The router is the field to change (the fix); the pattern is reported by ho.pattern if wrong.
        paths: [`services.${ho.id}.routerOwnership`],
        documents,
        fix: {
          path: `services.${ho.id}.routerOwnership`,
          value: expected,
          label: ROUTER_OWNERSHIPS[expected],
        },
      });
    }
  },
};

export const hostingRouter: Rule = {
  id: 'ho.router-standby',
  severity: 'warning',
  source: `${S001} 接続料金 (1)（ルータ二重化）`,
  title: 'ルータ2台の待機方式',
  check(ctx, report) {
    for (const ho of active(ctx)) {
      if (ho.routerCount !== 2 || ho.standby !== '') continue;
      report({
        message: `${label(ho)}はルータ2台の構成です。ホットスタンバイかコールドスタンバイかを選んでください。`,
        paths: [`services.${ho.id}.standby`],
        documents: [HO_FORM],
      });
    }
  },
};

/** 002 §3.3.2(2) ④⑤: firewalls set and no IP reachability from external networks, attested. */
export const hostingAttestations: Rule = {
  id: 'ho.security-attestations',
  severity: 'error',
  source: `${S002} §3.3.2(2)④⑤⑥`,
  title: 'ファイアウォールの設定とIPリーチャビリティがないことの保証',
  check(ctx, report) {
    for (const ho of active(ctx)) {
      const items: [keyof HoService, boolean | null, string][] = [
        [
          'firewallAttested',
          ho.firewallAttested,
          'LGWAN側・外部ネットワーク側のファイアウォールを設定・管理すること',
        ],
        [
          'noIpReachabilityAttested',
          ho.noIpReachabilityAttested,
          '外部ネットワーク側からLGWANへのIPリーチャビリティがないこと',
        ],
      ];
      for (const [field, value, what] of items) {
        if (value === true) continue;
        report({
          message:
            value === false
              ? `ホスティングサービス提供者は${what}を保証する責任があります。${label(ho)}の構成を見直し、保証できるようにしてから申し込んでください。`
              : `${label(ho)}について、${what}を保証するか選んでください。`,
          paths: [`services.${ho.id}.${field}`],
          documents: [HO_FORM],
        });
      }
    }
  },
};

const TIERS = BandwidthSchema.options;

/** 001 減額制度: ≤ 100 Mbps, usage-based pricing shown in attached material. */
export const hostingFeeReduction: Rule = {
  id: 'ho.fee-reduction',
  severity: 'error',
  source: `${S001} LGWAN-ASP接続料金の減額制度について`,
  title: '接続料金の減額制度（100Mbps以下の帯域が中心、料金体系を示す資料）',
  check(ctx, report) {
    for (const ho of ctx.ofKind('HO')) {
      if (!ctx.needs('fee-reduction', ho.id)) continue;
      // 001 names the bandwidth as the centre of the scheme (「100Mbps以下の帯域を中心に」), not as a
      // bar: a wider line may still apply, so this is a caution, not a blocking error.
      if (ho.bandwidth !== null && TIERS.indexOf(ho.bandwidth) > TIERS.indexOf('100M'))
        report({
          severity: 'warning',
          message: `減額制度は100Mbps以下の帯域を中心とした制度です。${label(ho)}の帯域（${ho.bandwidth}）で申請する場合は、制度の目的（ベンチャー企業の新規参入や小規模自治体の利用の促進）に合う料金体系であることを資料で特に明らかにしてください。`,
          paths: [`services.${ho.id}.bandwidth`, `services.${ho.id}.feeReduction.apply`],
          documents: ['fee-reduction'],
        });
      if (ctx.slotCount(ho.id, 'pricing-material') === 0)
        report({
          message: `減額制度の申請には、従量課金制など制度の目的（ベンチャー企業の新規参入や小規模自治体の利用の促進）に合う料金体系であることを示す資料の添付が必要です。${label(ho)}に「料金体系を示す資料」を添付してください。`,
          paths: [`attachments.slot.${ho.id}.pricing-material`],
          documents: ['fee-reduction'],
        });
    }
  },
};

const planCache = new Map<string, { upper: SchedulePlan; lower: SchedulePlan }>();

function plansFor(target: string, today: string, withCertification: boolean) {
  const key = `${target}|${today}|${withCertification}`;
  let plans = planCache.get(key);
  if (!plans) {
    const include = { 'participation-certification': withCertification };
    plans = {
      upper: planSchedule({ kind: 'hosting', target, today, basis: 'upper', include }),
      lower: planSchedule({ kind: 'hosting', target, today, basis: 'lower', include }),
    };
    if (planCache.size > 500) planCache.clear();
    planCache.set(key, plans);
  }
  return plans;
}

/** 001 procedure flow (hosting): about 6 months from the participation review to connection. */
export const hostingLeadTime: Rule = {
  id: 'ho.lead-time',
  severity: 'warning',
  source: `${S001} LGWAN-ASP登録及び接続のための手続きフロー(ホスティングサービス)`,
  title: '接続希望日までの手続期間',
  check(ctx, report) {
    const { procedure, provider } = ctx.ws;
    // Steps already behind the provider no longer count against the date.
    const done = new Set<string>();
    if (procedure.participationAccepted) done.add('participation-review').add('participation-certification');
    if (procedure.certificationGranted) done.add('participation-certification');
    const withCertification = provider.category === '7' && !procedure.certificationGranted;
    for (const ho of active(ctx)) {
      const target = ho.desiredConnectionDate;
      if (target === '') continue;
      const paths = [`services.${ho.id}.desiredConnectionDate`];
      if (target <= ctx.today) {
        report({
          message: `${label(ho)}の接続希望日（${target}）は過ぎているか今日です。これからの日付を入力してください。`,
          paths,
          documents: [HO_FORM],
          severity: 'error',
        });
        continue;
      }
      const { upper, lower } = plansFor(target, ctx.today, withCertification);
      const lateUpper = upper.steps.filter((s) => s.late && !done.has(s.id));
      if (lateUpper.length === 0) continue;
      const lateLower = lower.steps.filter((s) => s.late && !done.has(s.id));
      const first = lateUpper[0];
      const names = lateUpper.map((s) => s.shortName).join('・');
      report({
        message:
          lateLower.length > 0
            ? `${label(ho)}の接続希望日（${target}）には、最短の目安で進んでも間に合いません（${lateLower.map((s) => s.shortName).join('・')}が遅れています）。接続希望日を先に延ばしてください（目安: ${upper.leadTimeSummary}）。`
            : `${label(ho)}の接続希望日（${target}）は、目安の長い方の期間では間に合いません（${names}${first ? `は${first.latestStart}までに始める必要がありました` : ''}）。日程に余裕をもたせるか、J-LISに相談してください。`,
        paths,
        documents: [HO_FORM],
        severity: lateLower.length > 0 ? 'error' : 'warning',
      });
    }
  },
};

export const hostingScheduleOrder: Rule = {
  id: 'ho.schedule-order',
  severity: 'warning',
  source: `${S002} §5.2.1(3)(4)`,
  title: '工事・搬入・接続確認試験の日程の順序',
  check(ctx, report) {
    for (const ho of ctx.ofKind('HO')) {
      if (!ctx.needs('schedule-coordination', ho.id)) continue;
      const { workDate, deliveryDate, testDate } = ho.schedule;
      const p = (f: string) => `services.${ho.id}.schedule.${f}`;
      if (testDate !== '' && workDate !== '' && testDate < workDate)
        report({
          message: `${label(ho)}の接続確認試験日（${testDate}）が工事日（${workDate}）より前です。工事・機器搬入の後に試験日を設定してください。`,
          paths: [p('testDate'), p('workDate')],
          documents: ['schedule-coordination'],
        });
      if (testDate !== '' && deliveryDate !== '' && testDate < deliveryDate)
        report({
          message: `${label(ho)}の接続確認試験日（${testDate}）が機器搬入日（${deliveryDate}）より前です。搬入の後に試験日を設定してください。`,
          paths: [p('testDate'), p('deliveryDate')],
          documents: ['schedule-coordination'],
        });
      for (const [f, d] of [
        ['workDate', workDate],
        ['deliveryDate', deliveryDate],
        ['testDate', testDate],
      ] as const) {
        if (d !== '' && d < ctx.today)
          report({
            message: `${label(ho)}の日程（${d}）が過ぎています。これからの日付にしてください。`,
            paths: [p(f)],
            documents: ['schedule-coordination'],
          });
      }
    }
  },
};

export const HOSTING_RULES: Rule[] = [
  hostingPattern,
  hostingRouterMatchesPattern,
  hostingFacilityAndLine,
  hostingApServices,
  hostingTopology,
  hostingAttestations,
  hostingFeeReduction,
  hostingLeadTime,
  hostingRouter,
  hostingScheduleOrder,
];
