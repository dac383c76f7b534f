/** How many automatic backups a workspace keeps (issue #6: the last 20 saves plus one a day for a month). */
export interface RetentionPolicy {
  keepLast: number;
  keepDays: number;
}
export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 20, keepDays: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;
const tokyoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' });

/**
 * Which backups to keep: the newest `keepLast`, plus the newest of each Japan-time calendar day
 * within the last `keepDays` days. Everything else may be pruned. Pure, so it is property-tested.
 */
export const backupsToKeep = <T extends { savedAt: Date }>(
  backups: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<T> => {
  const newestFirst = [...backups].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
  const keep = new Set<T>(newestFirst.slice(0, policy.keepLast));
  const seenDays = new Set<string>();
  const oldest = now.getTime() - policy.keepDays * DAY_MS;
  for (const backup of newestFirst) {
    if (backup.savedAt.getTime() < oldest) break;
    const day = tokyoDay.format(backup.savedAt);
    if (seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(backup);
  }
  return keep;
};
