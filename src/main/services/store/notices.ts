/**
 * Something the user must be told after the store opened or recovered a file: shown once at
 * start-up (app.info notices) and, for one workspace, with its repairs.
 */
export interface StoreNotice {
  level: 'info' | 'warning' | 'error';
  /** Japanese: what happened, where the damaged file is kept, what to do. */
  message: string;
  workspaceId?: string;
  /** Where a damaged file was moved to (never deleted). */
  keptAt?: string;
}

const TOKYO = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** `2026年11月22日 10:30` in Japan time, for messages about saves and backups. */
export const formatTokyoTime = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TOKYO.format(date);
};
