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
