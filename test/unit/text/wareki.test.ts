import { describe, expect, it } from 'vitest';
import {
  InvalidDateError,
  blankWarekiDate,
  formDate,
  formatWareki,
  formatWarekiMonth,
  isIsoDate,
  todayIso,
  warekiParts,
} from '../../../src/shared/text/wareki.js';

describe('和暦 formatting for form dates', () => {
  it('prints the date the forms show (令和8年11月22日)', () => {
    expect(formatWareki('2026-11-22')).toBe('令和8年11月22日');
  });

  it('writes the first year of an era as 元年, on both sides of the 2019 era change', () => {
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-12-31')).toBe('令和元年12月31日');
    expect(formatWareki('2020-01-01')).toBe('令和2年1月1日');
  });

  it('handles the 1989 change (昭和64年1月7日 / 平成元年1月8日)', () => {
    expect(formatWareki('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
  });

  it('gives the parts separately for forms that print them in separate boxes', () => {
    expect(warekiParts('2019-05-01')).toEqual({ era: '令和', year: '元', month: 5, day: 1 });
    expect(formatWarekiMonth('2027-04-15')).toBe('令和9年4月');
  });

  it('does not shift the day in a UTC process (Tokyo is UTC+9)', () => {
    // The test machine runs in UTC; 2026-11-21T16:00Z is already the 22nd in Tokyo.
    expect(todayIso(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
    expect(todayIso(new Date('2026-11-21T14:59:59Z'))).toBe('2026-11-21');
    expect(formatWareki('2026-01-01')).toBe('令和8年1月1日');
  });

  it('rejects dates that do not exist with a message saying the expected format', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(() => formatWareki('2026-13-01')).toThrow(InvalidDateError);
    expect(() => formatWareki('2026/11/22')).toThrow(/YYYY-MM-DD/);
  });

  it('leaves a blank 和暦 slot for handwriting when no date is set', () => {
    expect(blankWarekiDate()).toBe('令和　　年　　月　　日');
    expect(formDate(undefined)).toBe(blankWarekiDate());
    expect(formDate('2026-11-22')).toBe('令和8年11月22日');
  });
});
