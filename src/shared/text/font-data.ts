/**
 * Advance widths and glyph coverage of the bundled fonts, read from the JSON tables that
 * scripts/gen-font-metrics.ts generates. Lets browser code measure printed text and spot 外字
 * (characters the fonts cannot print) without loading a 7 MB font.
 */
import metricsFile from '../fonts/metrics.json' with { type: 'json' };
import coverageFile from '../fonts/coverage.json' with { type: 'json' };
import type { FaceKey } from '../fonts/faces.js';

export const PT_TO_MM = 25.4 / 72;

interface FaceTable {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  defaultAdvance: number;
  advances: Map<number, number>;
}

const tables = new Map<FaceKey, FaceTable>();

function table(face: FaceKey): FaceTable {
  const cached = tables.get(face);
  if (cached) return cached;
  const raw = metricsFile.faces[face];
  const advances = new Map<number, number>();
  for (const run of raw.runs.split(' ')) {
    const [first, count, advance] = run.split(':');
    const start = parseInt(first ?? '', 16);
    for (let i = 0; i < Number(count); i += 1) advances.set(start + i, Number(advance));
  }
  const built: FaceTable = { ...raw, advances };
  tables.set(face, built);
  return built;
}

/** Code points that take no room of their own: variation selectors, joiners, controls. */
export function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    cp === 0x200b ||
    cp === 0x200c ||
    cp === 0x200d ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    cp < 0x20
  );
}

/** Advance of one code point in em (1 = the font size). */
export function advanceEm(cp: number, face: FaceKey): number {
  if (isZeroWidth(cp)) return 0;
  const t = table(face);
  return (t.advances.get(cp) ?? t.defaultAdvance) / t.unitsPerEm;
}

/** Width of a string in em, summing advances (kerning only ever narrows Latin text, so this errs wide). */
export function widthEm(text: string, face: FaceKey): number {
  let em = 0;
  for (const ch of text) em += advanceEm(ch.codePointAt(0) ?? 0, face);
  return em;
}

/** Natural line box of the face in em (ascent + descent), ~1.44 for Noto JP. */
export function naturalLineHeightEm(face: FaceKey): number {
  const t = table(face);
  return (t.ascent - t.descent) / t.unitsPerEm;
}

let bmp: Uint8Array | undefined;
let astral: [number, number][] | undefined;

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when every bundled face has a glyph for the code point. */
export function canPrint(cp: number): boolean {
  if (cp <= 0xffff) {
    bmp ??= decodeBase64(coverageFile.bmp);
    return ((bmp[cp >> 3] ?? 0) & (1 << (cp & 7))) !== 0;
  }
  astral ??= coverageFile.astral.split(' ').map((range) => {
    const [a, b] = range.split('-');
    return [parseInt(a ?? '', 16), parseInt(b ?? '', 16)];
  });
  return astral.some(([a, b]) => cp >= a && cp <= b);
}

export interface UnprintableChar {
  char: string;
  /** U+XXXX notation, for messages. */
  codePoint: string;
  /** Index in the string (UTF-16 units). */
  index: number;
}

/**
 * 外字 check: characters the bundled fonts cannot print. They would come out as an empty box (or
 * nothing at all) on paper, so the user must replace them, e.g. 𠮷 is printable but a rare
 * IVS-only variant is not.
 */
export function findUnprintable(text: string): UnprintableChar[] {
  const found: UnprintableChar[] = [];
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isZeroWidth(cp) && cp !== 0x0a && cp !== 0x0d && !canPrint(cp)) {
      found.push({ char: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, index });
    }
    index += ch.length;
  }
  return found;
}

/** 〓 (geta) is the conventional mark for a character that cannot be printed. */
export const GETA = '〓';

/**
 * Replaces 外字 with 〓 so the printout shows exactly where a character is missing. Left alone,
 * react-pdf would set it in a fallback Latin font and print a wrong character.
 */
export function replaceUnprintable(text: string, mark: string = GETA): string {
  const found = findUnprintable(text);
  if (found.length === 0) return text;
  let out = '';
  let from = 0;
  for (const f of found) {
    out += text.slice(from, f.index) + mark;
    from = f.index + f.char.length;
  }
  return out + text.slice(from);
}
