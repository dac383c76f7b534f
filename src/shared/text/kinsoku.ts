/**
 * 禁則処理 (Japanese line-break rules) expressed as unbreakable units.
 *
 * A line may break between any two units and nowhere else. Characters that may not start a line
 * (、。」ー small kana …) are glued to the unit before them; opening brackets are glued to the unit
 * after them. Latin words and numbers stay whole; only layout code that knows the box width splits a
 * Latin token that is wider than its box (see {@link splitLongToken}).
 *
 * Used twice: as the @react-pdf/renderer hyphenation callback (so react-pdf breaks Japanese lines
 * without inserting '-') and by the pure layout estimator in fit.ts. Pure and browser-safe.
 */

/** Characters that must not begin a line (行頭禁則). */
export const NO_LINE_START = new Set(
  Array.from(
    '、。，．,.)）]］}｝」』】〕〉》〙〗〟’”｠»' +
      'ー・：；？！:;?!‼⁇⁈⁉‐゠–〜～' +
      'ゝゞ々〻ヽヾ' +
      'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ' +
      'ｧｨｩｪｫｯｬｭｮｰ｡､｣' +
      '%％‰℃°′″',
  ),
);

/** Characters that must not end a line (行末禁則): opening brackets and prefixes of what follows. */
export const NO_LINE_END = new Set(Array.from('(（[［{｛「『【〔〈《〘〖〝‘“｟«｢〒＄$￥¥＃#№'));

/** Characters that are never split from an identical neighbour (分離禁止): ……, ――. */
const INSEPARABLE = new Set(Array.from('…‥―—'));

/** Points inside a Latin token after which a line may break (URLs, e-mail addresses, paths). */
export const TOKEN_BREAK_AFTER = new Set(Array.from('/.@-_?&=#:,;'));

/** U+3000, the full-width space of Japanese text; written as an escape so it stays visible in source. */
export const IDEOGRAPHIC_SPACE = '\u3000';

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/**
 * Text made only of characters that are each a grapheme cluster of their own: ASCII without CR,
 * Latin-1, punctuation, symbols, kana without the combining (semi-)voiced marks, CJK ideographs and
 * full-width forms. No surrogates, combining marks, variation selectors or joiners. Nearly all form
 * text is like this, and splitting it by code unit is ~20× faster than Intl.Segmenter, which
 * dominated react-pdf's line breaking in the profile (a callback runs for every word of every render).
 */
const SIMPLE_GRAPHEMES =
  /^[\t\n\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2100-\u2bff\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u3200-\u9fff\uf900-\ufaff\uff00-\uff9d\uffe0-\uffef]*$/;

export function toGraphemes(text: string): string[] {
  if (SIMPLE_GRAPHEMES.test(text)) return text.split('');
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Latin letters, digits and printable ASCII other than space and brackets form words. */
const WORD_CHAR = /^[\p{Script=Latin}\p{Nd}!-'*-Z\\^-z|~]$/u;
const SPACE = /^[ \t]+$/;

type AtomKind = 'word' | 'space' | 'char';
interface Atom {
  text: string;
  kind: AtomKind;
}

function firstGrapheme(text: string): string {
  return toGraphemes(text)[0] ?? '';
}

function lastGrapheme(text: string): string {
  return toGraphemes(text).at(-1) ?? '';
}

/** Base character of a grapheme cluster (strips variation selectors and combining marks). */
function base(grapheme: string): string {
  return String.fromCodePoint(grapheme.codePointAt(0) ?? 0);
}

function toAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const g of toGraphemes(text)) {
    const kind: AtomKind = SPACE.test(g) ? 'space' : WORD_CHAR.test(base(g)) ? 'word' : 'char';
    const prev = atoms.at(-1);
    if (prev && prev.kind === kind && kind !== 'char') prev.text += g;
    else atoms.push({ text: g, kind });
  }
  return atoms;
}

/** Whether a line may break between the unit built so far and the next atom. */
function mayBreakBetween(unit: string, before: Atom, after: Atom): boolean {
  if (after.kind === 'space') return false;
  if (NO_LINE_START.has(base(firstGrapheme(after.text)))) return false;
  // Spaces after an opening bracket do not make it a valid line end: look past them.
  const lastVisible = unit.trimEnd();
  if (lastVisible !== '' && NO_LINE_END.has(base(lastGrapheme(lastVisible)))) return false;
  const a = base(lastGrapheme(before.text));
  if (INSEPARABLE.has(a) && a === base(firstGrapheme(after.text))) return false;
  return true;
}

/**
 * Splits text into units a line may break between. Concatenating the units gives back the input
 * exactly; spaces stay attached to the end of the unit before them.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let prev: Atom | undefined;
  for (const atom of toAtoms(text)) {
    const current = units.at(-1);
    if (prev && current !== undefined && !mayBreakBetween(current, prev, atom)) {
      units[units.length - 1] += atom.text;
    } else {
      units.push(atom.text);
    }
    prev = atom;
  }
  return units;
}

/** True when the unit holds a Latin token (a URL, e-mail address, number) rather than Japanese text. */
export function isLatinUnit(unit: string): boolean {
  return toGraphemes(unit).some((g) => WORD_CHAR.test(base(g)));
}

/**
 * Break points inside one unit that is too wide for its box: after / . @ - _ ? & = in URLs and
 * e-mail addresses (never between two such characters, never before a line-start-prohibited one).
 * Returns the unit unchanged when it has no such point.
 */
export function splitLongToken(unit: string): string[] {
  const gs = toGraphemes(unit);
  const parts: string[] = [];
  let current = '';
  gs.forEach((g, i) => {
    current += g;
    const next = gs[i + 1];
    if (
      next !== undefined &&
      TOKEN_BREAK_AFTER.has(g) &&
      !TOKEN_BREAK_AFTER.has(next) &&
      !NO_LINE_START.has(base(next))
    ) {
      parts.push(current);
      current = '';
    }
  });
  if (current) parts.push(current);
  return parts;
}

/**
 * Last resort for a unit wider than a whole line: grapheme by grapheme, still keeping
 * line-start-prohibited characters with the one before them.
 */
export function splitToGraphemes(unit: string): string[] {
  const parts: string[] = [];
  for (const g of toGraphemes(unit)) {
    if (parts.length > 0 && NO_LINE_START.has(base(g))) parts[parts.length - 1] += g;
    else parts.push(g);
  }
  return parts;
}

/** Latin tokens longer than this get their URL-style break points offered to react-pdf. */
const LONG_TOKEN = 16;

/** react-pdf asks again for the same words on every render; the answer depends on the word only. */
const hyphenationMemo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 20_000;

/**
 * @react-pdf/renderer hyphenation callback. react-pdf hands it each space-separated word of each
 * text run; a '' part between two parts becomes a zero-width break opportunity, so lines break there
 * without the '-' react-pdf would otherwise insert (react-pdf#3235).
 *
 * Every word also ends with ''. react-pdf splits text into runs by script (漢字 / かな / カタカナ /
 * Latin) and calls this once per run; where one run's last part meets the next run's first part with
 * no '' or space between them it adds a hyphenation point, and a line broken there got a '-' in mixed
 * prose such as 「LGWAN接続-ルータ」 or 「100-Mbps」. react-pdf has no way to forbid a break between
 * two parts, so at a run boundary the choice is a break without or with a hyphen: without. The one
 * 禁則 this cannot guarantee is at such a boundary (「（」 ending a run before Latin text, a small kana
 * starting one), which is why FieldText and Paragraph pass react-pdf lines already broken by layoutLines.
 */
export function kinsokuHyphenation(word: string): string[] {
  const known = hyphenationMemo.get(word);
  if (known) return [...known];
  const parts = hyphenate(word);
  if (hyphenationMemo.size >= MEMO_LIMIT) hyphenationMemo.clear();
  hyphenationMemo.set(word, parts);
  return [...parts];
}

function hyphenate(word: string): string[] {
  if (word.trim() === '') return [word];
  const parts: string[] = [];
  for (const unit of breakUnits(word)) {
    const pieces =
      isLatinUnit(unit) && toGraphemes(unit).length > LONG_TOKEN
        ? splitLongToken(unit).flatMap((p) =>
            toGraphemes(p).length > LONG_TOKEN ? splitToGraphemes(p) : [p],
          )
        : [unit];
    for (const piece of pieces) {
      if (parts.length > 0) parts.push('');
      parts.push(piece);
    }
  }
  parts.push('');
  return parts;
}
