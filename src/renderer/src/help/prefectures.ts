import { PREFECTURES } from '../../../shared/validation/prefecture.js';

/** 都道府県 choices for address and service-area selects; the list itself lives with its validator. */
export const PREFECTURE_OPTIONS: Record<string, string> = Object.fromEntries(PREFECTURES.map((p) => [p, p]));
