/**
 * Layout estimator for text printed in a fixed box on a form: which lines it breaks into (with the
 * same 禁則 units the PDF renderer uses), whether it fits, and how far it must shrink to fit.
 * Pure and browser-safe, so the editor can warn about overflow while the user types.
 */
import type { FaceKey } from '../fonts/faces.js';
import { PT_TO_MM, widthEm } from './font-data.js';
import { breakUnits, isLatinUnit, splitLongToken, splitToGraphemes } from './kinsoku.js';

/** Smallest size a form may shrink text to; below this print is hard to read, so 別紙 takes over. */
export const MIN_FONT_SIZE_PT = 8;
export const DEFAULT_LINE_HEIGHT = 1.5;
const SHRINK_STEP_PT = 0.5;

export function textWidthMm(text: string, fontSizePt: number, face: FaceKey = 'serif-400'): number {
  return widthEm(text, face) * fontSizePt * PT_TO_MM;
}

/**
 * The break units of a paragraph with every occurrence of a `keep` string (a person's name) merged
 * into one unit, together with whatever 禁則 already glued to it, so no line breaks inside it.
 */
export function unitsKeeping(
  paragraph: string,
  keep: readonly string[],
): { units: string[]; whole: Set<number> } {
  const units = breakUnits(paragraph);
  const spans: [number, number][] = [];
  for (const k of [...keep].filter((k) => k.length > 1).sort((a, b) => b.length - a.length)) {
    for (let at = paragraph.indexOf(k); at >= 0; at = paragraph.indexOf(k, at + k.length)) {
      if (!spans.some(([s, e]) => at < e && at + k.length > s)) spans.push([at, at + k.length]);
    }
  }
  if (spans.length === 0 || units.join('') !== paragraph) return { units, whole: new Set() };
  const merged: string[] = [];
  const whole = new Set<number>();
  let offset = 0;
  let open: [number, number] | undefined;
  for (const unit of units) {
    const start = offset;
    offset += unit.length;
    const span = spans.find(([s, e]) => start < e && offset > s);
    if (span && span === open) merged[merged.length - 1] += unit;
    else {
      merged.push(unit);
      if (span) whole.add(merged.length - 1);
    }
    open = span && offset < span[1] ? span : undefined;
  }
  return { units: merged, whole };
}

/**
 * Breaks text into lines no wider than widthMm. Explicit newlines are kept. A `keep` string is never
 * broken: when it does not fit a line of its own, its line is wider than widthMm (fitText shrinks).
 */
export function layoutLines(
  text: string,
  widthMm: number,
  fontSizePt: number,
  face: FaceKey = 'serif-400',
  keep: readonly string[] = [],
): string[] {
  if (!(widthMm > 0)) throw new RangeError(`widthMm must be positive, got ${widthMm}`);
  const maxEm = widthMm / (fontSizePt * PT_TO_MM);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    let lineEm = 0;
    const flush = (): void => {
      lines.push(line.trimEnd());
      line = '';
      lineEm = 0;
    };
    const place = (piece: string, level: 0 | 1 | 2): void => {
      const fitEm = widthEm(piece.trimEnd(), face);
      if (lineEm + fitEm <= maxEm) {
        line += piece;
        lineEm += widthEm(piece, face);
        return;
      }
      if (fitEm <= maxEm || level === 2) {
        if (line !== '') flush();
        line = piece;
        lineEm = widthEm(piece, face);
        return;
      }
      // Wider than a whole line: URLs and addresses break at / . @ first, anything else per character;
      // the first piece continues the current line instead of leaving it half empty.
      let pieces = level === 0 && isLatinUnit(piece) ? splitLongToken(piece) : [];
      let nextLevel: 1 | 2 = 1;
      if (pieces.length <= 1) {
        pieces = splitToGraphemes(piece);
        nextLevel = 2;
      }
      for (const p of pieces) place(p, nextLevel);
    };
    const { units, whole } = unitsKeeping(paragraph, keep);
    units.forEach((unit, i) => place(unit, whole.has(i) ? 2 : 0));
    flush();
  }
  return lines;
}

export interface FitRequest {
  text: string;
  widthMm: number;
  /** Preferred size; the text shrinks from here when it does not fit. */
  fontSizePt: number;
  /** Line limit. Without it the limit follows from heightMm at each size tried. */
  maxLines?: number;
  heightMm?: number;
  lineHeight?: number;
  face?: FaceKey;
  minFontSizePt?: number;
  /** Strings never broken between lines (people's names); see layoutLines. */
  keep?: readonly string[];
}

export interface FitResult {
  lines: string[];
  /** Size the text is printed at (the preferred size, or smaller when shrunk). */
  fontSizePt: number;
  /** False when even at the minimum size the text needs more lines than the box holds. */
  fits: boolean;
  shrunk: boolean;
  maxLines: number;
}

export function linesThatFit(heightMm: number, fontSizePt: number, lineHeight = DEFAULT_LINE_HEIGHT): number {
  // A hair of tolerance so a box sized for exactly n lines holds n lines despite float rounding.
  return Math.max(1, Math.floor((heightMm + 0.01) / (fontSizePt * lineHeight * PT_TO_MM)));
}

/** Lays the text out at the preferred size, shrinking in 0.5 pt steps down to the minimum if needed. */
export function fitText(request: FitRequest): FitResult {
  const face = request.face ?? 'serif-400';
  const min = Math.min(request.minFontSizePt ?? MIN_FONT_SIZE_PT, request.fontSizePt);
  const limitAt = (size: number): number => {
    if (request.maxLines !== undefined) return request.maxLines;
    if (request.heightMm !== undefined) return linesThatFit(request.heightMm, size, request.lineHeight);
    return Number.POSITIVE_INFINITY;
  };
  const keep = request.keep ?? [];
  let size = request.fontSizePt;
  for (;;) {
    const lines = layoutLines(request.text, request.widthMm, size, face, keep);
    const maxLines = limitAt(size);
    // A kept name wider than the box leaves a line too wide: shrink as for too many lines.
    const tooWide = keep.length > 0 && lines.some((l) => textWidthMm(l, size, face) > request.widthMm + 1e-6);
    if (lines.length <= maxLines && !tooWide) {
      return { lines, fontSizePt: size, fits: true, shrunk: size < request.fontSizePt, maxLines };
    }
    const next = Math.round((size - SHRINK_STEP_PT) * 2) / 2;
    if (next < min)
      return { lines, fontSizePt: size, fits: false, shrunk: size < request.fontSizePt, maxLines };
    size = next;
  }
}
