import {
  buildFeeEstimateView,
  FeeInputError,
  FeeInputSchema,
  loadFeeSchedule,
  type FeeEstimateView,
  type FeeInput,
} from '../../shared/fees/index.js';
import type { CliCommand } from '../io.js';
import {
  choice,
  count,
  optionsCommand,
  padEndWidth,
  padStartWidth,
  parseOptions,
  UsageError,
} from '../parse-options.js';

const usage = `使い方: npm run cli -- fees --provider <private|prefecture|municipality> --area <own|single|multi>
         --router <own|asp> [--bandwidth <10M|50M|100M|200M|300M|500M|1G>] [--routers <1|2>] [--json]
  --provider            サービス提供者: private（民間事業者等） prefecture（都道府県）
                        municipality（市町村・接続団体である一部事務組合・広域連合）
  --area                提供地域: own（自団体のみ） single（単一都道府県域） multi（複数都道府県域・全国域）
  --router              LGWAN接続ルータ: own（自団体のLGWAN接続ルータ） asp（ASP用に用意したLGWAN接続ルータ）
  --bandwidth           回線帯域（帯域別の料金がかからない条件では省略可）
  --routers             LGWAN接続ルータの台数（既定 2: 二重化構成）
  --secondary-bandwidth 冗長化した従系回線の帯域（注1: 高い方の回線で請求）
  --settings            LGWAN設定料の回数（既定 1: 新規）
  --ip-addresses        IPアドレス発行数（既定 1）
  --certificates        アプリケーション証明書の発行件数（既定 0）
  --protocols           プロトコル追加の件数（既定 0）
  --tax-date            消費税率を決める日付 YYYY-MM-DD（既定: 最新の税率）
  --json                結果をJSONで出力
`;

const options = {
  provider: { type: 'string' },
  area: { type: 'string' },
  router: { type: 'string' },
  bandwidth: { type: 'string' },
  routers: { type: 'string' },
  'secondary-bandwidth': { type: 'string' },
  settings: { type: 'string' },
  'ip-addresses': { type: 'string' },
  certificates: { type: 'string' },
  protocols: { type: 'string' },
  'tax-date': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const FLAGS: Record<FeeInputError['option'], string> = {
  providerType: '--provider',
  area: '--area',
  router: '--router',
  bandwidth: '--bandwidth',
  taxDate: '--tax-date',
};

/** The calculator names choices by their labels; on the command line they are flags. */
function flagHint(error: FeeInputError): string {
  const flag = FLAGS[error.option];
  if (error.choices.length === 0) return `（${flag}）`;
  if (error.choices.length > 3) return `（${flag} <${error.choices.join('|')}> を指定します）`;
  return `（${error.choices.map((v) => `${flag} ${v}`).join(' か ')} を指定します）`;
}

function readInput(values: ReturnType<typeof parseOptions<typeof options>>): FeeInput {
  const schedule = loadFeeSchedule();
  const tiers = Object.fromEntries(schedule.bandwidthTiers.map((t) => [t.id, t.label])) as Record<
    NonNullable<FeeInput['bandwidth']>,
    string
  >;
  const routers = choice('routers', values.routers, { '1': '1台', '2': '2台（二重化構成）' }, false);
  const secondary = choice('secondary-bandwidth', values['secondary-bandwidth'], tiers, false);
  return FeeInputSchema.parse({
    providerType: choice('provider', values.provider, schedule.providerTypes, true),
    area: choice('area', values.area, schedule.areas, true),
    router: choice('router', values.router, schedule.routers, true),
    bandwidth: choice('bandwidth', values.bandwidth, tiers, false),
    routers: routers === '1' ? 1 : 2,
    ...(secondary ? { redundantLine: { bandwidth: secondary } } : {}),
    settings: count('settings', values.settings, 1),
    ipAddresses: count('ip-addresses', values['ip-addresses'], 1),
    certificates: count('certificates', values.certificates, 0),
    protocolAdditions: count('protocols', values.protocols, 0),
  });
}

function readTaxDate(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UsageError(`--tax-date の値「${value}」は使えません。YYYY-MM-DD の形で指定してください。`);
  }
  return value;
}

function renderText(view: FeeEstimateView): string {
  const amountWidth = 14;
  const labelWidth = 30;
  const basisWidth = 26;
  const rows = (list: FeeEstimateView['annual']['rows']) =>
    list.map((r) => {
      const text = `  ${padEndWidth(r.label, labelWidth)}${padEndWidth(r.basis, basisWidth)}${padStartWidth(r.amountText, amountWidth)}`;
      return r.exemptionText ? `${text}\n    └ ${r.exemptionText}` : text;
    });
  const total = (label: string, amount: string) =>
    `  ${padEndWidth(label, labelWidth + basisWidth)}${padStartWidth(amount, amountWidth)}`;
  return [
    `${view.title}（${view.feeTable.title} ${view.feeTable.version}版、${view.feeTable.effectiveFrom}から適用）`,
    '',
    ...view.conditions.map((c) => `  ${padEndWidth(c.label, 16)}${c.value}`),
    '',
    '年間経常費用（税抜）',
    ...rows(view.annual.rows),
    total('年額合計', view.annual.totalText),
    total('月払いの場合の月額（年額÷12、1円未満四捨五入）', view.monthly.text),
    '',
    '一時費用（税抜）',
    ...rows(view.oneTime.rows),
    total('一時費用合計', view.oneTime.totalText),
    '',
    `税込（消費税${view.taxIncluded.percent}%、1円未満四捨五入）`,
    ...view.taxIncluded.rows.map((r) => total(r.label, r.text)),
    '',
    '注記',
    ...view.notes.map((n) => `  ${n.label}: ${n.text}\n    出典: ${n.source}`),
    '',
    `出典: ${view.feeTable.sources.join(' / ')}`,
    '',
  ].join('\n');
}

export const run: CliCommand = optionsCommand(
  usage,
  options,
  async (values, io) => {
    const input = readInput(values);
    const taxDate = readTaxDate(values['tax-date']);
    const view = buildFeeEstimateView(input, taxDate ? { taxDate } : {});
    if (values.json) {
      const { estimate } = view;
      const json = {
        feeSchedule: estimate.feeSchedule,
        input: estimate.input,
        annual: estimate.annual,
        monthly: estimate.monthly,
        oneTime: estimate.oneTime,
        taxIncluded: estimate.taxIncluded,
        notes: estimate.notes,
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      io.stdout(renderText(view));
    }
    return 0;
  },
  (error) => (error instanceof FeeInputError ? `${error.message}${flagHint(error)}` : undefined),
);
