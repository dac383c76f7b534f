import { daysBetween, isIsoDate, subtractDuration } from './dates.js';
import { loadLeadTimes } from './lead-times.js';
import { TARGET, type LeadTimeStep, type LeadTimes, type ScheduleKind } from './schema.js';

/** upper = plan with the longest duration of each 目安 (safe side), lower = the shortest. */
export type PlanBasis = 'upper' | 'lower';

export interface PlanOptions {
  kind: ScheduleKind;
  /** Connection date (hosting) or registration date (facility, communication), YYYY-MM-DD. */
  target: string;
  /** The day lateness is judged on, YYYY-MM-DD (use todayInTokyo()). */
  today: string;
  basis?: PlanBasis;
  /** Turn optional steps on or off by id; others keep their default. */
  include?: Record<string, boolean>;
  leadTimes?: LeadTimes;
}

export interface PlannedStep {
  id: string;
  name: string;
  shortName: string;
  actor: LeadTimeStep['actor'];
  durationLabel: string;
  /** The last day the step can start and still meet the target. */
  latestStart: string;
  /** The day the step must be finished by (the next step starts that day). */
  latestEnd: string;
  /** True when today is after latestStart. */
  late: boolean;
  /** Days past latestStart (0 when not late). */
  daysLate: number;
  optional: boolean;
  document?: string;
  source: string;
  otherSources: NonNullable<LeadTimeStep['otherSources']>;
}

export interface SchedulePlan {
  kind: ScheduleKind;
  flowLabel: string;
  target: string;
  targetLabel: string;
  today: string;
  basis: PlanBasis;
  /** Steps in order of their latest start. */
  steps: PlannedStep[];
  /** The first latest start: the day the procedure must begin. */
  startBy: string;
  lateStepIds: string[];
  onTime: boolean;
  leadTimeSummary: string;
  notes: string[];
  /** Optional steps left out, with when they would be needed. */
  excluded: { id: string; name: string; when: string }[];
  leadTimesVersion: string;
  source: string;
}

export class ScheduleInputError extends Error {
  constructor(
    message: string,
    readonly option: string,
  ) {
    super(message);
    this.name = 'ScheduleInputError';
  }
}

/**
 * Works back from the target date through the flow's steps: each step must end by the latest start
 * of every step that needs it (or by the target), and starts its duration earlier. A step is late
 * when today is past its latest start.
 */
export function planSchedule(options: PlanOptions): SchedulePlan {
  const leadTimes = options.leadTimes ?? loadLeadTimes();
  const basis = options.basis ?? 'upper';
  for (const [name, value] of [
    ['target', options.target],
    ['today', options.today],
  ] as const) {
    if (!isIsoDate(value)) {
      throw new ScheduleInputError(
        `--${name} の値「${value}」は日付ではありません。YYYY-MM-DD の形で指定してください。`,
        name,
      );
    }
  }
  const flow = leadTimes.flows[options.kind];
  const known = new Set(flow.steps.map((s) => s.id));
  for (const id of Object.keys(options.include ?? {})) {
    const step = flow.steps.find((s) => s.id === id);
    if (!step?.optional) {
      const optionalIds = flow.steps.filter((s) => s.optional).map((s) => s.id);
      throw new ScheduleInputError(
        `${known.has(id) ? `「${id}」は省けない手続です。` : `「${id}」という手続は${flow.label}の手続にありません。`}選べるのは ${optionalIds.join(', ')} です。`,
        'include',
      );
    }
  }
  const included = flow.steps.filter(
    (s) => !s.optional || (options.include?.[s.id] ?? s.optional.defaultIncluded),
  );
  const byId = new Map(included.map((s) => [s.id, s]));

  const latestStart = new Map<string, string>();
  const latestEnd = new Map<string, string>();
  const visiting = new Set<string>();
  const resolve = (step: LeadTimeStep): string => {
    const known = latestStart.get(step.id);
    if (known) return known;
    if (visiting.has(step.id)) throw new Error(`lead-time data: cycle through ${step.id}`);
    visiting.add(step.id);
    const deadlines = step.before.flatMap((next) => {
      if (next === TARGET) return [options.target];
      const successor = byId.get(next);
      return successor ? [resolve(successor)] : [];
    });
    if (deadlines.length === 0) throw new Error(`lead-time data: ${step.id} has no included successor`);
    const end = deadlines.reduce((a, b) => (b < a ? b : a));
    const start = subtractDuration(end, basis === 'upper' ? step.duration.max : step.duration.min);
    visiting.delete(step.id);
    latestEnd.set(step.id, end);
    latestStart.set(step.id, start);
    return start;
  };
  included.forEach(resolve);

  const order = new Map(flow.steps.map((s, i) => [s.id, i]));
  const steps: PlannedStep[] = included
    .map((s) => {
      const start = latestStart.get(s.id) ?? '';
      const daysLate = Math.max(0, daysBetween(start, options.today));
      return {
        id: s.id,
        name: s.name,
        shortName: s.shortName,
        actor: s.actor,
        durationLabel: s.durationLabel,
        latestStart: start,
        latestEnd: latestEnd.get(s.id) ?? '',
        late: daysLate > 0,
        daysLate,
        optional: s.optional !== undefined,
        ...(s.document ? { document: s.document } : {}),
        source: s.source,
        otherSources: s.otherSources ?? [],
      };
    })
    .sort(
      (a, b) => a.latestStart.localeCompare(b.latestStart) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );

  const lateStepIds = steps.filter((s) => s.late).map((s) => s.id);
  return {
    kind: options.kind,
    flowLabel: flow.label,
    target: options.target,
    targetLabel: flow.targetLabel,
    today: options.today,
    basis,
    steps,
    startBy: steps[0]?.latestStart ?? options.target,
    lateStepIds,
    onTime: lateStepIds.length === 0,
    leadTimeSummary: flow.leadTimeSummary,
    notes: [...flow.notes, ...leadTimes.conventions],
    excluded: flow.steps
      .filter((s) => s.optional && !byId.has(s.id))
      .map((s) => ({ id: s.id, name: s.name, when: s.optional?.when ?? '' })),
    leadTimesVersion: leadTimes.version,
    source: flow.source,
  };
}
