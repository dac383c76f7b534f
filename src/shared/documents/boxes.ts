/**
 * The printed boxes user text lands in, from the form layout (forms/_parts/rows.tsx, forms/_kit):
 * a definition's field boxes must match what the template hands FieldText, so overflow found by the
 * check is the overflow seen on paper. test/unit/documents/boxes.test.ts holds them to the layout.
 */
import type { FieldBox } from './types.js';

const CONTENT_WIDTH_MM = 170;
/** layout.tsx LABEL_MM (GROUP_MM + SUB_LABEL_MM). */
const LABEL_MM = 56;
const CELL_PADDING_X_MM = 1.8;
const RULE_MM = (0.75 * 25.4) / 72;
const round1 = (n: number) => Math.floor(n * 10) / 10;

export const BODY_SIZE_PT = 10.5;
/** Inner width of a value cell of the ruled table (TextItem, SubItem). */
export const VALUE_CELL_MM = round1(CONTENT_WIDTH_MM - LABEL_MM - 2 * CELL_PADDING_X_MM - RULE_MM);
/** Value column of the right-set party block (申込者, 委任者, 差出人): layout.tsx PartyBlock. */
export const PARTY_VALUE_MM = CONTENT_WIDTH_MM - 62 - 32;
/** The last party line shares its row with the 15 mm seal box and a 2 mm gap. */
export const PARTY_SEAL_VALUE_MM = PARTY_VALUE_MM - 15 - 2;

/** A value cell of the ruled table holding `lines` lines at body size. */
export const cell = (lines = 1): FieldBox => ({
  widthMm: VALUE_CELL_MM,
  fontSizePt: BODY_SIZE_PT,
  maxLines: lines,
});

/**
 * A line of the party block (two lines each). It shrinks to 6 pt (FieldText SHRINK_MIN_PT) instead
 * of going to a 別紙, so it overflows only past that.
 */
export const party = (withSeal = false): FieldBox => ({
  widthMm: withSeal ? PARTY_SEAL_VALUE_MM : PARTY_VALUE_MM,
  fontSizePt: BODY_SIZE_PT,
  maxLines: 2,
  minFontSizePt: 6,
});
