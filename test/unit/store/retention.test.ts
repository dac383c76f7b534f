import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../src/main/services/store/retention.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-22T03:00:00.000Z');
const tokyoDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(d);

describe('backup retention (last 20 saves plus one per day for a month)', () => {
  it('keeps the 20 newest and the newest of each of the last 30 days, nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * DAY }), { maxLength: 300 }), (ages) => {
        const backups = ages.map((age, i) => ({ i, savedAt: new Date(NOW.getTime() - age) }));
        const keep = backupsToKeep(backups, NOW);
        const newest = [...backups].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
        for (const b of newest.slice(0, 20)) expect(keep.has(b)).toBe(true);
        const days = new Map<string, (typeof backups)[number]>();
        for (const b of newest) {
          if (NOW.getTime() - b.savedAt.getTime() > 30 * DAY) continue;
          if (!days.has(tokyoDay(b.savedAt))) days.set(tokyoDay(b.savedAt), b);
        }
        for (const b of days.values()) expect(keep.has(b)).toBe(true);
        expect(keep.size).toBe(new Set([...newest.slice(0, 20), ...days.values()]).size);
        expect(keep.size).toBeLessThanOrEqual(20 + 31);
      }),
    );
  });

  it('groups days by the Japanese calendar, not UTC', () => {
    // 23:30 and 00:30 Japan time are different days even though both are the same UTC date.
    const late = { savedAt: new Date('2026-11-20T14:30:00.000Z') };
    const early = { savedAt: new Date('2026-11-20T15:30:00.000Z') };
    const keep = backupsToKeep([late, early], NOW, { keepLast: 0, keepDays: 30 });
    expect(keep.size).toBe(2);
  });
});
