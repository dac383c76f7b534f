/**
 * Line breaks at word boundaries for short fixed strings: form titles and item labels. A compound
 * of kanji, katakana and Latin letters (運用責任者, LGWAN接続ルータ, IPリーチャビリティ) is one word; a
 * break may follow kana particles (の, に関する, 及び) or a space, never fall inside a compound. Pure
 * and browser-safe (measured with the bundled font metrics).
 */
import type { FaceKey } from '../../../forms/fonts/faces.js';
import { textWidthMm } from './fit.js';
import { NO_LINE_START } from './kinsoku.js';

const HIRAGANA = /\p{Script=Hiragana}/u;
const SPACE = /[\s\u3000]/u;

/**
 * The unbreakable pieces of a string, in order: each compound with the kana and closing marks
 * that follow it. Joining them gives the string back.
 */
export function wordUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  let inTail = false;
  for (const ch of Array.from(text)) {
    // Small kana, 「ー」 and closing marks never start a line: they stay with what precedes them.
    if (NO_LINE_START.has(ch)) {
      current += ch;
      continue;
    }
    const tail = HIRAGANA.test(ch);
    if (SPACE.test(ch)) {
      current += ch;
      units.push(current);
      current = '';
      inTail = false;
      continue;
    }
    // A compound starts again after its kana tail: that is a break opportunity.
    if (inTail && !tail) {
      units.push(current);
      current = '';
    }
    current += ch;
    inTail = tail;
  }
  if (current !== '') units.push(current);
  return units;
}

/**
 * The dictionary words inside the compounds (LGWAN|接続|ルータ), for a compound too wide for its cell
 * even shrunk: still a word boundary, never inside a word.
 */
export function dictionaryUnits(text: string): string[] {
  const units: string[] = [];
  for (const { segment } of new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)) {
    const first = Array.from(segment)[0] ?? '';
    const last = units.length - 1;
    if (last >= 0 && (NO_LINE_START.has(first) || SPACE.test(first))) units[last] += segment;
    else units.push(segment);
  }
  return units;
}

function pack(units: readonly string[], widthMm: number, sizePt: number, face: FaceKey): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (textWidthMm(unit.trimEnd(), sizePt, face) > widthMm) return null;
    const candidate = line + unit;
    if (line !== '' && textWidthMm(candidate.trimEnd(), sizePt, face) > widthMm) {
      lines.push(line.trimEnd());
      line = unit;
    } else line = candidate;
  }
  if (line !== '') lines.push(line.trimEnd());
  return lines;
}

/** Greedy lines of whole units no wider than widthMm; null when one unit alone is wider. */
export function wordLines(text: string, widthMm: number, sizePt: number, face: FaceKey): string[] | null {
  return pack(wordUnits(text), widthMm, sizePt, face);
}

/**
 * As few lines as wordLines gives, with the break chosen so the lines are as even as possible
 * (a title of two lines is set as two similar halves, not a full line and a stub).
 */
export function balancedWordLines(
  text: string,
  widthMm: number,
  sizePt: number,
  face: FaceKey,
): string[] | null {
  const greedy = wordLines(text, widthMm, sizePt, face);
  if (!greedy || greedy.length !== 2) return greedy;
  const units = wordUnits(text);
  let best: string[] = greedy;
  let bestWidest = Infinity;
  for (let i = 1; i < units.length; i += 1) {
    const first = units.slice(0, i).join('').trimEnd();
    const second = units.slice(i).join('').trimEnd();
    const widest = Math.max(textWidthMm(first, sizePt, face), textWidthMm(second, sizePt, face));
    if (widest <= widthMm && widest < bestWidest) {
      best = [first, second];
      bestWidest = widest;
    }
  }
  return best;
}

export interface FittedLabel {
  lines: string[];
  sizePt: number;
}

/** Compounds are kept whole down to this size before they are broken between their words. */
const COMPOUND_MIN_PT = 8.5;

/**
 * A label in a fixed cell: whole compounds per line, shrunk if need be; a compound too wide even
 * then is broken between its dictionary words (shrunk down to minPt); past that, as it is.
 */
export function fitLabel(
  text: string,
  widthMm: number,
  sizePt: number,
  face: FaceKey,
  minPt = 6.5,
): FittedLabel {
  const steps = (from: number, to: number) => {
    const out: number[] = [];
    for (let size = from; size >= to - 1e-9; size -= 0.25) out.push(size);
    return out;
  };
  for (const size of steps(sizePt, Math.min(sizePt, COMPOUND_MIN_PT))) {
    const lines = wordLines(text, widthMm, size, face);
    if (lines) return { lines, sizePt: size };
  }
  const words = dictionaryUnits(text);
  for (const size of steps(sizePt, minPt)) {
    const lines = pack(words, widthMm, size, face);
    if (lines) return { lines, sizePt: size };
  }
  return { lines: [text], sizePt: minPt };
}
