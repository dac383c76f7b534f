/**
 * 和暦 (Japanese era) dates for printed forms. J-LIS forms are dated in 和暦 (e.g. 令和8年11月22日),
 * and the first year of an era is written 元年, never 1年.
 *
 * Pure and browser-safe: relies only on Intl with the Japanese calendar. The zone is always
 * Asia/Tokyo because build and office machines may run in UTC, where "today" can be yesterday.
 */

const ZONE = 'Asia/Tokyo';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(
      `日付「${input}」を読み取れません。YYYY-MM-DD の形式（例: 2026-11-22）で、実在する日付を入力してください。`,
    );
    this.name = 'InvalidDateError';
  }
}

export interface WarekiParts {
  /** Era name, e.g. 令和. */
  era: string;
  /** Year within the era as printed: 元 for the first year, otherwise the number as digits. */
  year: string;
  month: number;
  day: number;
}

const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: ZONE,
});

const isoFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: ZONE,
});

/** Validates an ISO calendar date and returns the instant at noon in Tokyo on that day. */
function tokyoNoon(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new InvalidDateError(iso);
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  // Noon JST is 03:00 UTC; noon keeps the instant well away from any day boundary.
  const instant = new Date(Date.UTC(year, month - 1, day, 3, 0, 0));
  if (
    instant.getUTCFullYear() !== year ||
    instant.getUTCMonth() !== month - 1 ||
    instant.getUTCDate() !== day
  ) {
    throw new InvalidDateError(iso);
  }
  return instant;
}

export function isIsoDate(value: string): boolean {
  try {
    tokyoNoon(value);
    return true;
  } catch {
    return false;
  }
}

export function warekiParts(iso: string): WarekiParts {
  const parts = eraFormat.formatToParts(tokyoNoon(iso));
  const pick = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const era = pick('era');
  const rawYear = pick('year');
  // Engines differ on whether they print 元 or 1 for the first era year; forms always want 元.
  const year = rawYear === '1' ? '元' : rawYear;
  return { era, year, month: Number(pick('month')), day: Number(pick('day')) };
}

/** 2026-11-22 → 令和8年11月22日; 2019-05-01 → 令和元年5月1日. */
export function formatWareki(iso: string): string {
  const p = warekiParts(iso);
  return `${p.era}${p.year}年${p.month}月${p.day}日`;
}

/** 2026-11 style year-month, e.g. for 接続希望時期: 令和8年11月. */
export function formatWarekiMonth(iso: string): string {
  const p = warekiParts(iso);
  return `${p.era}${p.year}年${p.month}月`;
}

/** Two full-width spaces: room to write a two-digit number by hand at 10.5 pt. */
const GAP = '\u3000\u3000';

/**
 * The date slot of a form left for handwriting: 令和, 年, 月, 日 with a gap before each of the last
 * three. The era is the current one unless another is given.
 */
export function blankWarekiDate(era = '令和'): string {
  return `${era}${GAP}年${GAP}月${GAP}日`;
}

/** Today's date in Tokyo as YYYY-MM-DD, whatever the machine's zone. */
export function todayIso(now: Date = new Date()): string {
  return isoFormat.format(now);
}

/** A date for a form: 和暦 when known, otherwise the blank slot so the user can write it by hand. */
export function formDate(iso: string | undefined | null): string {
  return iso ? formatWareki(iso) : blankWarekiDate();
}
