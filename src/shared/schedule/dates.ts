/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings. Dates carry no time or zone: a deadline is a
 * day in Japan, so all arithmetic runs on UTC midnights and never on the machine's local zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Length of a step as the seeds state it: 「約5か月」, 「1～2週間」, 「0.5か月」(= 15 days). */
export interface Duration {
  months?: number;
  weeks?: number;
  days?: number;
}

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(iso: string): [number, number, number] {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso))
    throw new RangeError(`日付は YYYY-MM-DD の形の実在する日付で指定してください: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const format = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const toEpochDay = (iso: string): number => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};

const fromEpochDay = (day: number): string => {
  const date = new Date(day * DAY_MS);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
};

export const addDays = (iso: string, days: number): string => fromEpochDay(toEpochDay(iso) + days);

/** Days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);

/**
 * Moves by whole months to the same day of the month; when that month is shorter the result is its
 * last day (2027-03-31 − 1 month = 2027-02-28, 2028-03-31 − 1 month = 2028-02-29).
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The date `duration` before `iso`: months first, then weeks and days. */
export function subtractDuration(iso: string, duration: Duration): string {
  const afterMonths = addMonths(iso, -(duration.months ?? 0));
  return addDays(afterMonths, -((duration.weeks ?? 0) * 7 + (duration.days ?? 0)));
}

/** Today's date in Japan, whatever the machine's time zone. */
export function todayInTokyo(now: Date = new Date()): string {
  const p = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
