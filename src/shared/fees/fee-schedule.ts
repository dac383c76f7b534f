import raw from './fee-schedule.json' with { type: 'json' };
import { FeeScheduleSchema, type FeeSchedule } from './schema.js';

/**
 * The bundled fee table, validated once on first use so a broken data edit fails loudly
 * instead of producing a wrong estimate.
 */
let cached: FeeSchedule | undefined;
export function loadFeeSchedule(): FeeSchedule {
  cached ??= FeeScheduleSchema.parse(raw);
  return cached;
}
