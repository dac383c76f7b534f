import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  subtractDuration,
  todayInTokyo,
} from '../../../src/shared/schedule/index.js';

describe('calendar months: same day of month, else the month end', () => {
  it.each([
    ['2027-03-31', -1, '2027-02-28'],
    ['2028-03-31', -1, '2028-02-29'],
    ['2027-05-31', -1, '2027-04-30'],
    ['2027-02-28', -1, '2027-01-28'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-03-31', -13, '2026-02-28'],
    ['2027-01-15', -1, '2026-12-15'],
    ['2026-12-01', 7, '2027-07-01'],
  ])('%s %+d months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('subtracts months first, then weeks and days (0.5か月 = 15日)', () => {
    expect(subtractDuration('2027-03-31', { months: 1, days: 15 })).toBe('2027-02-13');
    expect(subtractDuration('2027-03-01', { weeks: 2 })).toBe('2027-02-15');
  });

  it('crosses leap days and year ends by calendar days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-1-5')).toBe(false);
    expect(() => addMonths('2027-13-01', 1)).toThrow('YYYY-MM-DD');
  });
});

describe('today in Japan', () => {
  it('is already the next day in Tokyo from 15:00 UTC', () => {
    expect(todayInTokyo(new Date('2026-11-21T14:59:59Z'))).toBe('2026-11-21');
    expect(todayInTokyo(new Date('2026-11-21T15:00:00Z'))).toBe('2026-11-22');
    expect(todayInTokyo(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
  });
});
