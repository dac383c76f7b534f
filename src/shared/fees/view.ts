import { estimateFees, type EstimateOptions, type FeeEstimate, type FeeLine } from './calculator.js';
import { loadFeeSchedule } from './fee-schedule.js';
import type { FeeInput } from './input.js';

const yenFormat = new Intl.NumberFormat('ja-JP');

/** 1234567 → "1,234,567円". */
export const formatYen = (yen: number): string => `${yenFormat.format(yen)}円`;

/** One printed row of the 料金試算書. */
export interface FeeViewRow {
  id: string;
  /** Fee name as in the J-LIS table, e.g. 「LGWAN利用料」. */
  label: string;
  /** How the amount was reached, e.g. 「80,000円 × 2台」「100Mbps以下」「免除」. */
  basis: string;
  amount: number;
  amountText: string;
  exempt: boolean;
  /** Why it is exempt, with the note it rests on; absent when charged. */
  exemptionText?: string;
  /** The seed section the price comes from (001 first). */
  source: string;
}

/** Everything the 料金試算書 prints; amounts in yen, texts in Japanese. */
export interface FeeEstimateView {
  title: string;
  /** The chosen conditions as 「項目」「値」 pairs, in print order. */
  conditions: { label: string; value: string }[];
  annual: { rows: FeeViewRow[]; total: number; totalText: string };
  /** Monthly payment = annual / 12 rounded half up (note 6). */
  monthly: { amount: number; text: string; rule: string };
  oneTime: { rows: FeeViewRow[]; total: number; totalText: string };
  taxIncluded: {
    percent: number;
    rows: { id: 'annual' | 'monthly' | 'oneTime'; label: string; amount: number; text: string }[];
    rule: string;
  };
  notes: { label: string; text: string; source: string }[];
  /** Which table the estimate rests on; print it so a reader can tell a stale estimate. */
  feeTable: { title: string; version: string; effectiveFrom: string; sources: string[] };
  estimate: FeeEstimate;
}

const unitWord: Record<string, string> = {
  routers: '台',
  settings: '回',
  ipAddresses: '個',
  certificates: '件',
  protocolAdditions: '件',
};

function row(line: FeeLine, unit: string | undefined): FeeViewRow {
  let basis: string;
  if (line.exempt) basis = '免除';
  else if (line.tier)
    basis = line.billedLine === 'secondary' ? `${line.tier.label}（従系回線、注1）` : line.tier.label;
  else if (unit) basis = `${formatYen(line.unitPrice)} × ${line.quantity}${unit}`;
  else basis = formatYen(line.unitPrice);
  return {
    id: line.id,
    label: line.label,
    basis,
    amount: line.amount,
    amountText: formatYen(line.amount),
    exempt: line.exempt,
    ...(line.exemption ? { exemptionText: line.exemption.reason } : {}),
    source: line.sources[0] ?? '',
  };
}

/**
 * Builds the printable fee estimate (料金試算書) for one hosting service.
 *
 * @param input - the service's conditions and one-time counts.
 * @param options - `taxDate` picks the consumption-tax rate in force on that date.
 * @returns rows with Japanese labels and yen amounts, totals excluding and including tax, the
 *   monthly amount, the applicable notes and the fee-table version and sources.
 * @throws FeeInputError when the table does not price the combination (message says what to choose).
 */
export function buildFeeEstimateView(input: FeeInput, options: EstimateOptions = {}): FeeEstimateView {
  const schedule = options.schedule ?? loadFeeSchedule();
  const estimate = estimateFees(input, { ...options, schedule });
  const tierLabel = (id: string | undefined) =>
    schedule.bandwidthTiers.find((t) => t.id === id)?.label ?? '指定なし（区分なし）';

  const conditions = [
    { label: 'サービス提供者', value: schedule.providerTypes[input.providerType] },
    { label: '提供地域', value: schedule.areas[input.area] },
    { label: 'LGWAN接続ルータ', value: schedule.routers[input.router] },
    { label: 'ルータ台数', value: input.routers === 2 ? '2台（二重化構成）' : '1台' },
    { label: '回線帯域', value: tierLabel(input.bandwidth) },
    ...(input.redundantLine
      ? [{ label: '従系回線の帯域', value: tierLabel(input.redundantLine.bandwidth) }]
      : []),
  ];

  const annualUnits = Object.fromEntries(
    schedule.annualFees.map((f) => [
      f.id,
      'quantityFrom' in f && f.quantityFrom ? unitWord[f.quantityFrom] : undefined,
    ]),
  );
  const oneTimeUnits = Object.fromEntries(schedule.oneTimeFees.map((f) => [f.id, unitWord[f.quantityFrom]]));
  const tax = estimate.taxIncluded;

  return {
    title: 'LGWAN-ASP接続料金 試算書',
    conditions,
    annual: {
      rows: estimate.annual.lines.map((l) => row(l, annualUnits[l.id])),
      total: estimate.annual.total,
      totalText: formatYen(estimate.annual.total),
    },
    monthly: {
      amount: estimate.monthly,
      text: formatYen(estimate.monthly),
      rule: '月払いの額は年額を12で除し、1円未満を四捨五入（注6）',
    },
    oneTime: {
      rows: estimate.oneTime.lines.map((l) => row(l, oneTimeUnits[l.id])),
      total: estimate.oneTime.total,
      totalText: formatYen(estimate.oneTime.total),
    },
    taxIncluded: {
      percent: tax.percent,
      rows: [
        {
          id: 'annual',
          label: `年額（税込${tax.percent}%）`,
          amount: tax.annual,
          text: formatYen(tax.annual),
        },
        {
          id: 'monthly',
          label: `月額（税込${tax.percent}%）`,
          amount: tax.monthly,
          text: formatYen(tax.monthly),
        },
        {
          id: 'oneTime',
          label: `一時費用（税込${tax.percent}%）`,
          amount: tax.oneTime,
          text: formatYen(tax.oneTime),
        },
      ],
      rule: `消費税相当額を含む支払額の1円未満は四捨五入（注6）。税率: ${tax.rateSource}`,
    },
    notes: estimate.notes,
    feeTable: {
      title: schedule.title,
      version: schedule.version,
      effectiveFrom: schedule.effectiveFrom,
      sources: schedule.sources.map((s) => `${s.file} ${s.section}（${s.published}）`),
    },
    estimate,
  };
}
