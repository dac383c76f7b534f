import { addMonths, isIsoDate } from '../schedule/dates.js';

/** The day the bundled samples were written as of (forms/samples/README.md). */
export const SAMPLE_REFERENCE_DAY = '2026-11-22';

/** Whole months from `from` to `to` (a month counts once its day of the month is reached). */
function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty * 12 + tm - (fy * 12 + fm) - (td < fd ? 1 : 0);
}

/**
 * A sample as a new workspace made on `today`: every calendar date in it (connection and start
 * dates, certificate expiry, delegation and cancellation dates) moves forward by the whole months
 * since the reference day, so the dates keep their distance from today and the check stays as clean
 * as the sample is. Timestamps (createdAt, addedAt) and dates inside free text stay as they are;
 * nothing moves backwards.
 */
export function rebaseSampleDates<T>(value: T, today: string, reference: string = SAMPLE_REFERENCE_DAY): T {
  const months = wholeMonths(reference, today);
  if (months <= 0) return value;
  const shift = (v: unknown): unknown => {
    if (typeof v === 'string') return isIsoDate(v) ? addMonths(v, months) : v;
    if (Array.isArray(v)) return v.map(shift);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)]));
    return v;
  };
  return shift(value) as T;
}
