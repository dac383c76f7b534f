/**
 * Tighter setting for a form whose last page would hold only a row or two, 「以上」 or a footnote
 * (a J-LIS reviewer returns a sheet with one line on it). renderDocument lays such a form out again
 * one level tighter — first the white space of the head and the bottom margin, then the rows —
 * and keeps the tighter layout when it saves the page.
 */
import { createContext, useContext } from 'react';

export type CompactLevel = 0 | 1 | 2;
export const MAX_COMPACT_LEVEL: CompactLevel = 2;

export const CompactContext = createContext<CompactLevel>(0);

/** Share of the head's white space kept at each level. */
const SPACE = [1, 0.5, 0.25] as const;
/** Height of a one-line row of the ruled table at each level. */
const ROW_MM = [8, 7, 6.5] as const;
/** Vertical padding inside a cell at each level. */
const CELL_PAD_Y_MM = [1.2, 1.2, 0.8] as const;
/** Bottom page margin at each level (the footer sits in it at 12 mm). */
const BOTTOM_MM = [22, 17, 17] as const;

export interface CompactSetting {
  /** White space of the head (between date, addressee, applicant, title, lead sentence). */
  space: (mm: number) => number;
  rowMm: number;
  cellPadYMm: number;
  bottomMarginMm: number;
}

export const compactSetting = (level: CompactLevel): CompactSetting => ({
  space: (mm) => mm * SPACE[level],
  rowMm: ROW_MM[level],
  cellPadYMm: CELL_PAD_Y_MM[level],
  bottomMarginMm: BOTTOM_MM[level],
});

export const useCompact = (): CompactSetting => compactSetting(useContext(CompactContext));
