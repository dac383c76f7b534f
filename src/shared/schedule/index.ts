export {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  subtractDuration,
  todayInTokyo,
  type Duration,
} from './dates.js';
export { loadLeadTimes } from './lead-times.js';
export {
  planSchedule,
  ScheduleInputError,
  type PlanBasis,
  type PlanOptions,
  type PlannedStep,
  type SchedulePlan,
} from './planner.js';
export { buildScheduleIcs } from './ics.js';
export { buildScheduleView, type ScheduleView, type ScheduleViewStep } from './view.js';
export {
  SCHEDULE_KINDS,
  ScheduleKindSchema,
  type ScheduleKind,
  type LeadTimes,
  type LeadTimeStep,
} from './schema.js';
