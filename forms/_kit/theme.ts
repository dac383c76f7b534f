/** Page geometry and type sizes shared by every form, in the units Japanese forms are specified in. */
import { SANS_FAMILY, SERIF_FAMILY } from '../fonts/faces.js';

export { SANS_FAMILY, SERIF_FAMILY };

/** react-pdf measures in points; forms are drawn in millimetres. */
export const mm = (value: number): number => (value * 72) / 25.4;

export const PAGE_WIDTH_MM = 210;
export const PAGE_HEIGHT_MM = 297;
export const MARGIN_MM = { top: 20, right: 20, bottom: 22, left: 20 } as const;
/** Usable width between the margins: the width a full-width RuledTable spans. */
export const CONTENT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_MM.left - MARGIN_MM.right;
/** Usable height between the margins: no block react-pdf cannot split may be taller. */
export const CONTENT_HEIGHT_MM = PAGE_HEIGHT_MM - MARGIN_MM.top - MARGIN_MM.bottom;

/** 10.5 pt is the customary body size of Japanese official documents (Word's default 明朝 size). */
export const BODY_SIZE_PT = 10.5;
export const TITLE_SIZE_PT = 14;
export const SMALL_SIZE_PT = 8;
/** Noto JP line boxes are ~1.44 em; anything tighter overlaps (react-pdf#3424). */
export const LINE_HEIGHT = 1.5;

export const RULE_WIDTH_PT = 0.75;
export const RULE_COLOR = '#000000';
export const LABEL_FILL = '#eeeeee';
/** Horizontal and vertical padding inside a table cell. */
export const CELL_PADDING_MM = { x: 1.8, y: 1.2 } as const;

/** Height of one body-size line in a box (LINE_HEIGHT × BODY_SIZE_PT), rounded up. */
export const BOX_LINE_MM = 5.6;
/** Room above and below the text of a multi-line box (cell padding and rules). */
export const BOX_PADDING_MM = 4;
/**
 * The most lines a box of a ruled row may hold. A row is never split between pages, and react-pdf
 * places a row taller than the page anyway, running off the paper ("can't wrap between pages"); so
 * a box keeps to 30 lines (172 mm, room left for a section row on a fresh page) and longer text is
 * shrunk or goes to a 別紙 like any other text too long for its box.
 */
export const MAX_BOX_LINES = 30;

/** The lines a box is given for `wanted` lines of content: at least one, at most MAX_BOX_LINES. */
export const boxLines = (wanted: number): number => Math.max(1, Math.min(wanted, MAX_BOX_LINES));

/** Minimum height of a row whose box holds `lines` lines (capped like boxLines). */
export const boxHeightMm = (lines: number): number => BOX_PADDING_MM + boxLines(lines) * BOX_LINE_MM;
