import raw from './lead-times.json' with { type: 'json' };
import { LeadTimesSchema, type LeadTimes } from './schema.js';

/** The bundled lead-time table, validated on first use so a bad data edit fails loudly. */
let cached: LeadTimes | undefined;
export function loadLeadTimes(): LeadTimes {
  cached ??= LeadTimesSchema.parse(raw);
  return cached;
}
