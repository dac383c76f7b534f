import { addDays, addMonths, daysBetween } from './dates.js';
import type { PlannedStep, SchedulePlan } from './planner.js';

const ACTOR_LABELS: Record<PlannedStep['actor'], string> = {
  'j-lis': 'J-LIS（審査・発行）',
  carrier: 'ネットワーク基盤サービス事業者',
  provider: 'サービス提供者',
};

/** One row of the スケジュール表, with its bar on the chart as fractions of the chart's width. */
export interface ScheduleViewStep {
  id: string;
  name: string;
  shortName: string;
  actorLabel: string;
  durationLabel: string;
  /** YYYY-MM-DD; the PDF formats these in 和暦. */
  start: string;
  end: string;
  late: boolean;
  /** 「開始期限を12日過ぎています」 or 「予定どおり」. */
  statusText: string;
  bar: { from: number; to: number };
  source: string;
}

export interface ScheduleView {
  title: string;
  flowLabel: string;
  targetLabel: string;
  target: string;
  today: string;
  /** The sentence that says what to do now. */
  summary: string;
  basisText: string;
  steps: ScheduleViewStep[];
  /** Chart span: the first day of the month of the earliest start (or today) to the month after the target. */
  chart: {
    from: string;
    to: string;
    months: { label: string; start: string; at: number }[];
    targetAt: number;
    /** Where today falls, absent when outside the chart. */
    todayAt?: number;
  };
  excluded: { name: string; when: string }[];
  notes: string[];
  leadTimesVersion: string;
  source: string;
}

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;

/**
 * Builds the printable schedule (スケジュール表, a Gantt chart) from a plan.
 *
 * @param plan - the result of planSchedule().
 * @returns rows with Japanese names, ISO dates, late flags and bar positions (0–1 of the chart
 *   width), month ticks, the target marker, today's marker, and a summary sentence.
 */
export function buildScheduleView(plan: SchedulePlan): ScheduleView {
  const earliest = [plan.startBy, plan.today].reduce((a, b) => (b < a ? b : a));
  const from = monthStart(earliest);
  const to = addMonths(monthStart(plan.target), 1);
  const span = daysBetween(from, to);
  const at = (iso: string) => daysBetween(from, iso) / span;

  const months: ScheduleView['chart']['months'] = [];
  for (let m = from; m < to; m = addMonths(m, 1)) {
    months.push({ label: `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`, start: m, at: at(m) });
  }

  const late = plan.steps.filter((s) => s.late);
  const first = plan.steps[0];
  const summary =
    late.length > 0
      ? `${plan.today}時点で開始期限を過ぎた手続があります: ${late.map((s) => s.shortName).join('、')}。${plan.targetLabel}（${plan.target}）を遅らせるか、J-LIS・調達先と日程を相談してください。`
      : `${plan.targetLabel}（${plan.target}）に間に合わせるには、遅くとも ${plan.startBy} までに${first ? `「${first.shortName}」` : '手続'}を始めてください。`;

  return {
    title: `LGWAN-ASP手続スケジュール表（${plan.flowLabel}）`,
    flowLabel: plan.flowLabel,
    targetLabel: plan.targetLabel,
    target: plan.target,
    today: plan.today,
    summary,
    basisText:
      plan.basis === 'upper'
        ? `各手続の期間は目安の長い方で逆算しています（${plan.leadTimeSummary}）。`
        : `各手続の期間は目安の短い方で逆算しています。審査が長引くと間に合いません（${plan.leadTimeSummary}）。`,
    steps: plan.steps.map((s) => ({
      id: s.id,
      name: s.name,
      shortName: s.shortName,
      actorLabel: ACTOR_LABELS[s.actor],
      durationLabel: s.durationLabel,
      start: s.latestStart,
      end: s.latestEnd,
      late: s.late,
      statusText: s.late ? `開始期限を${s.daysLate}日過ぎています` : '予定どおり',
      bar: { from: at(s.latestStart), to: at(s.latestEnd) },
      source: s.source,
    })),
    chart: {
      from,
      to: addDays(to, -1),
      months,
      targetAt: at(plan.target),
      ...(plan.today >= from && plan.today < to ? { todayAt: at(plan.today) } : {}),
    },
    excluded: plan.excluded.map((e) => ({ name: e.name, when: e.when })),
    notes: plan.notes,
    leadTimesVersion: plan.leadTimesVersion,
    source: plan.source,
  };
}
