import { divideRoundHalfUp, withTax } from './rounding.js';
import { FeeInputError, type FeeInput } from './input.js';
import { loadFeeSchedule } from './fee-schedule.js';
import {
  BANDWIDTHS,
  type AnnualFee,
  type FeeBandwidth,
  type FeeCondition,
  type FeeSchedule,
} from './schema.js';

export interface FeeLine {
  id: string;
  label: string;
  unitLabel: string;
  description: string;
  /** Price per unit (the tier's price for bandwidth-priced fees). */
  unitPrice: number;
  quantity: number;
  /** Yen excluding tax; 0 when exempt. */
  amount: number;
  exempt: boolean;
  exemption?: { reason: string; source: string };
  /** Set for bandwidth-priced fees that are charged. */
  tier?: { id: FeeBandwidth; label: string };
  /** Set when note 1 picked the secondary line of a redundant pair. */
  billedLine?: 'primary' | 'secondary';
  sources: string[];
}

export interface FeeEstimate {
  feeSchedule: { id: string; title: string; version: string; effectiveFrom: string };
  input: FeeInput;
  annual: { lines: FeeLine[]; total: number };
  /** Annual total / 12, rounded half up (note 6), excluding tax. */
  monthly: number;
  oneTime: { lines: FeeLine[]; total: number };
  taxIncluded: { percent: number; annual: number; monthly: number; oneTime: number; rateSource: string };
  /** Table notes that bear on this estimate, and the reduction scheme when it could apply. */
  notes: { label: string; text: string; source: string }[];
}

export interface EstimateOptions {
  /** Date (YYYY-MM-DD) whose consumption-tax rate applies; defaults to the latest rate in the table. */
  taxDate?: string;
  schedule?: FeeSchedule;
}

const matches = (when: FeeCondition, input: FeeInput): boolean =>
  (!when.providerType || when.providerType.includes(input.providerType)) &&
  (!when.area || when.area.includes(input.area)) &&
  (!when.router || when.router.includes(input.router));

function exemptionFor(
  fee: { exemptions: { when: FeeCondition; reason: string; source: string }[] },
  input: FeeInput,
) {
  const hit = fee.exemptions.find((e) => matches(e.when, input));
  return hit ? { reason: hit.reason, source: hit.source } : undefined;
}

function tierLabel(schedule: FeeSchedule, id: FeeBandwidth): string {
  return schedule.bandwidthTiers.find((t) => t.id === id)?.label ?? id;
}

function annualLine(schedule: FeeSchedule, fee: AnnualFee, input: FeeInput): FeeLine {
  const exemption = exemptionFor(fee, input);
  const base = {
    id: fee.id,
    label: fee.label,
    unitLabel: fee.unitLabel,
    description: fee.description,
    sources: fee.sources,
  };
  if ('amount' in fee) {
    const quantity = fee.quantityFrom === 'routers' ? input.routers : 1;
    return exemption
      ? { ...base, unitPrice: fee.amount, quantity, amount: 0, exempt: true, exemption }
      : { ...base, unitPrice: fee.amount, quantity, amount: fee.amount * quantity, exempt: false };
  }
  if (exemption) return { ...base, unitPrice: 0, quantity: 1, amount: 0, exempt: true, exemption };
  const bandwidth = billedBandwidth(schedule, input);
  const price = fee.tiers[bandwidth.id];
  if (price === undefined)
    throw new Error(`fee table ${schedule.version}: ${fee.id} has no price for ${bandwidth.id}`);
  return {
    ...base,
    unitPrice: price,
    quantity: 1,
    amount: price,
    exempt: false,
    tier: { id: bandwidth.id, label: tierLabel(schedule, bandwidth.id) },
    ...(input.redundantLine ? { billedLine: bandwidth.line } : {}),
  };
}

/** Note 1: a redundant pair is billed at whichever line costs more; equal lines bill the primary. */
function billedBandwidth(
  schedule: FeeSchedule,
  input: FeeInput,
): { id: FeeBandwidth; line: 'primary' | 'secondary' } {
  if (!input.bandwidth) {
    throw new FeeInputError(
      'この条件では帯域別の料金がかかります。回線帯域を選んでください。',
      'bandwidth',
      BANDWIDTHS,
    );
  }
  const secondary = input.redundantLine?.bandwidth;
  if (secondary === undefined) return { id: input.bandwidth, line: 'primary' };
  const lineCost = (b: FeeBandwidth) =>
    schedule.annualFees.reduce(
      (sum, f) => sum + ('tiers' in f && f.redundancyRule ? (f.tiers[b] ?? 0) : 0),
      0,
    );
  return lineCost(secondary) > lineCost(input.bandwidth)
    ? { id: secondary, line: 'secondary' }
    : { id: input.bandwidth, line: 'primary' };
}

function taxRate(schedule: FeeSchedule, taxDate: string | undefined) {
  const rates = [...schedule.consumptionTax.rates].sort((a, b) => a.from.localeCompare(b.from));
  const applicable = taxDate ? rates.filter((r) => r.from <= taxDate) : rates;
  const rate = applicable.at(-1);
  if (!rate)
    throw new FeeInputError(`${taxDate ?? ''} に適用される消費税率が料金表にありません。`, 'taxDate');
  return rate;
}

const OPTION_LABELS = {
  providerType: 'サービス提供者の区分',
  area: 'サービス提供地域',
  router: 'LGWAN接続ルータ',
} as const;

function choiceLabel(schedule: FeeSchedule, option: keyof typeof OPTION_LABELS, value: string): string {
  const labels: Record<string, string> =
    option === 'area' ? schedule.areas : option === 'router' ? schedule.routers : schedule.providerTypes;
  return labels[value] ?? value;
}

/** Rejects the combinations the table does not price, with the reason and what to choose instead. */
export function assertPriced(input: FeeInput, schedule: FeeSchedule = loadFeeSchedule()): void {
  const unsupported = schedule.unsupportedCombinations.find((c) => matches(c.when, input));
  if (unsupported) {
    const labels = unsupported.choose.map((v) => `「${choiceLabel(schedule, unsupported.option, v)}」`);
    throw new FeeInputError(
      `${unsupported.reason}${OPTION_LABELS[unsupported.option]}は${labels.join('か')}を選んでください。`,
      unsupported.option,
      unsupported.choose,
    );
  }
}

/**
 * Prices one hosting service from the versioned fee table: annual lines (always all four, exempt
 * ones at 0 as in the worked examples), one-time lines, the monthly amount and tax-included totals.
 */
export function estimateFees(input: FeeInput, options: EstimateOptions = {}): FeeEstimate {
  const schedule = options.schedule ?? loadFeeSchedule();
  assertPriced(input, schedule);

  const annualLines = schedule.annualFees.map((fee) => annualLine(schedule, fee, input));
  const oneTimeLines: FeeLine[] = schedule.oneTimeFees.map((fee) => {
    const quantity = input[fee.quantityFrom];
    const exemption = exemptionFor(fee, input);
    return {
      id: fee.id,
      label: fee.label,
      unitLabel: fee.unitLabel,
      description: fee.description,
      unitPrice: fee.amount,
      quantity,
      amount: exemption ? 0 : fee.amount * quantity,
      exempt: exemption !== undefined,
      ...(exemption ? { exemption } : {}),
      sources: fee.sources,
    };
  });

  const annualTotal = annualLines.reduce((s, l) => s + l.amount, 0);
  const oneTimeTotal = oneTimeLines.reduce((s, l) => s + l.amount, 0);
  const monthly = divideRoundHalfUp(annualTotal, schedule.monthly.divisor);
  const rate = taxRate(schedule, options.taxDate);

  const noteNumbers = new Set<number>([6]);
  if (input.redundantLine) noteNumbers.add(1);
  if (input.protocolAdditions > 0) noteNumbers.add(5);
  const notes = schedule.notes
    .filter((n) => noteNumbers.has(n.no))
    .map((n) => ({ label: `注${n.no}`, text: n.text, source: n.source }));
  const tiers = [input.bandwidth, input.redundantLine?.bandwidth].filter((b) => b !== undefined);
  if (
    annualTotal > 0 &&
    tiers.length > 0 &&
    tiers.every((b) => schedule.reductionScheme.bandwidths.includes(b))
  ) {
    notes.push({
      label: '減額制度',
      text: schedule.reductionScheme.text,
      source: schedule.reductionScheme.source,
    });
  }

  return {
    feeSchedule: {
      id: schedule.id,
      title: schedule.title,
      version: schedule.version,
      effectiveFrom: schedule.effectiveFrom,
    },
    input,
    annual: { lines: annualLines, total: annualTotal },
    monthly,
    oneTime: { lines: oneTimeLines, total: oneTimeTotal },
    taxIncluded: {
      percent: rate.percent,
      annual: withTax(annualTotal, rate.percent),
      monthly: withTax(monthly, rate.percent),
      oneTime: withTax(oneTimeTotal, rate.percent),
      rateSource: rate.source,
    },
    notes,
  };
}
