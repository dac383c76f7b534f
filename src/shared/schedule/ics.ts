import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { SchedulePlan } from './planner.js';

const dateArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
};

/**
 * The plan as an iCalendar file: one all-day event per step spanning its latest start to its
 * deadline (DTEND is exclusive, so the event ends the day before the next step starts) and one for
 * the target date. UIDs are stable per flow, target and step so re-importing updates the events.
 */
export function buildScheduleIcs(plan: SchedulePlan): string {
  const uid = (id: string) => `lgwan-asp-${plan.kind}-${plan.target}-${id}@lgwan-asp-workbench`;
  const events: EventAttributes[] = plan.steps.map((step) => ({
    uid: uid(step.id),
    title: `【LGWAN-ASP】${step.shortName}${step.late ? '（開始期限超過）' : ''}`,
    description: [
      step.name,
      `遅くとも開始: ${step.latestStart}`,
      `終了の期限: ${step.latestEnd}`,
      `期間の目安: ${step.durationLabel}`,
      ...(step.late ? [`${plan.today}時点で開始期限を${step.daysLate}日過ぎています。`] : []),
      `出典: ${step.source}`,
    ].join('\n'),
    start: dateArray(step.latestStart),
    end: dateArray(step.latestEnd),
    categories: ['LGWAN-ASP', plan.flowLabel],
    transp: 'TRANSPARENT',
  }));
  events.push({
    uid: uid('target'),
    title: `【LGWAN-ASP】${plan.targetLabel}（${plan.flowLabel}）`,
    description: `${plan.flowLabel}の${plan.targetLabel}。出典: ${plan.source}`,
    start: dateArray(plan.target),
    duration: { days: 1 },
    categories: ['LGWAN-ASP', plan.flowLabel],
  });
  const { error, value } = createEvents(events, {
    productId: 'lgwan-asp-workbench/schedule',
    calName: `LGWAN-ASP手続スケジュール（${plan.flowLabel}・${plan.targetLabel} ${plan.target}）`,
  });
  if (error || !value) throw error ?? new Error('ics: no calendar produced');
  return value;
}
