import { formatWareki, isIsoDate } from '../../../../shared/text/wareki.js';

/** 2026-12-01 → 「令和8年12月1日」; blank or unreadable → the fallback (a record made from a hand-set status). */
export const dateText = (iso: string, fallback = '日付不明'): string =>
  iso !== '' && isIsoDate(iso) ? formatWareki(iso) : fallback;
