/**
 * Two costs react-pdf's engines pay on every render that the profile of a warm render put at the
 * top (bench/render.ts --profile), taken out without changing a byte of what is drawn:
 *
 * 1. Shaping. @react-pdf/textkit shapes every text run with fontkit (GSUB/GPOS lookups), and the
 *    forms print the same labels, names and addresses on page after page and render after render.
 *    Shaping is a pure function of (font, string, features), so its result is kept per font and
 *    handed out as a copy (textkit and pdfkit scale and justify the positions in place).
 * 2. pdfkit's `font()`. @react-pdf/render calls it with the fontkit font object for every text run;
 *    pdfkit keys its font cache by name strings only, so each call built a new EmbeddedFont (a new
 *    subset) and compared it with the one it already had by JSON-stringifying the font's name table,
 *    only to keep the old one. Here the font object is the key, and the same EmbeddedFont comes back.
 *
 * Both patch the prototypes of the very modules @react-pdf loads (fontkit, pdfkit resolve to one copy
 * in node_modules; externalised in the app's build as here). Applied once per process.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types of the two untyped engines, for every tsconfig that reaches this file
/// <reference path="./engine-modules.d.ts" />
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

interface GlyphRun {
  glyphs: unknown[];
  positions: Record<string, number>[];
}
type Layout = (this: object, text: unknown, features?: unknown, ...rest: unknown[]) => GlyphRun;
type FontMethod = (this: PdfkitDocument, src: unknown, family?: unknown, size?: unknown) => PdfkitDocument;
interface PdfkitDocument {
  font: FontMethod;
  fontSize: (size: unknown) => PdfkitDocument;
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
}

/** Distinct runs kept per font; past this the cache starts afresh (a run is ~1 KB). */
const MAX_RUNS_PER_FONT = 50_000;
const runs = new WeakMap<object, Map<string, GlyphRun>>();

function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) =>
    Object.assign(Object.create(Object.getPrototypeOf(p) as object) as Record<string, number>, p),
  );
  return copy;
}

function cacheShaping(fontPrototype: { layout: Layout }): void {
  const shape = fontPrototype.layout;
  fontPrototype.layout = function (text, features, script, language, direction, ...rest) {
    // Only the plain calls textkit makes: a string, features, no script or language given.
    if (typeof text !== 'string' || script !== undefined || language !== undefined || rest.length > 0)
      return shape.call(this, text, features, script, language, direction, ...rest);
    let byFont = runs.get(this);
    if (!byFont || byFont.size > MAX_RUNS_PER_FONT) {
      byFont = new Map();
      runs.set(this, byFont);
    }
    const key = `${JSON.stringify(features ?? null)}\u0000${String(direction)}\u0000${text}`;
    let run = byFont.get(key);
    if (!run) {
      run = shape.call(this, text, features, script, language, direction);
      byFont.set(key, copyRun(run));
      return run;
    }
    return copyRun(run);
  };
}

const embedded = new WeakMap<PdfkitDocument, WeakMap<object, unknown>>();

function reuseEmbeddedFonts(documentPrototype: PdfkitDocument): void {
  const setFont = documentPrototype.font;
  documentPrototype.font = function (src, family, size) {
    if (src === null || typeof src !== 'object') return setFont.call(this, src, family, size);
    let fontSize = size;
    let fontFamily = family;
    if (typeof family === 'number') {
      fontSize = family;
      fontFamily = null;
    }
    if (fontFamily !== null && fontFamily !== undefined) return setFont.call(this, src, family, size);
    const known = embedded.get(this)?.get(src);
    if (known) {
      this._fontSource = src;
      this._fontFamily = fontFamily ?? null;
      if (fontSize !== null && fontSize !== undefined) this.fontSize(fontSize);
      this._font = known;
      return this;
    }
    setFont.call(this, src, family, size);
    let byDocument = embedded.get(this);
    if (!byDocument) {
      byDocument = new WeakMap();
      embedded.set(this, byDocument);
    }
    byDocument.set(src, this._font);
    return this;
  };
}

let applied = false;

/** @param sampleFont a TrueType file, opened only to reach fontkit's font class. */
export function applyEngineSpeedups(sampleFont: string): void {
  if (applied) return;
  applied = true;
  const font = fontkit.create(readFileSync(sampleFont));
  cacheShaping(Object.getPrototypeOf(font) as { layout: Layout });
  reuseEmbeddedFonts(PDFDocument.prototype as PdfkitDocument);
}
