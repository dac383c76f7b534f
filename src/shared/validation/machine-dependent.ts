/**
 * 機種依存文字: characters outside JIS X 0208 that older Japanese systems (and some J-LIS intake
 * systems) show differently or not at all — circled and parenthesised numbers, Roman numerals,
 * squared era names and units, ㈱-style abbreviations. Each has a plain replacement.
 */

const SPECIAL: Record<string, string> = {
  '㈱': '（株）',
  '㈲': '（有）',
  '㈹': '（代）',
  '㈳': '（社）',
  '㈶': '（財）',
  '㈺': '（学）',
  '㈾': '（資）',
  '㈷': '（祝）',
  '㍻': '平成',
  '㍼': '昭和',
  '㍽': '大正',
  '㍾': '明治',
  '㋿': '令和',
  '№': 'No.',
  '℡': 'TEL',
  '㊤': '（上）',
  '㊥': '（中）',
  '㊦': '（下）',
  '㊧': '（左）',
  '㊨': '（右）',
};

const inRange = (cp: number): boolean =>
  (cp >= 0x2460 && cp <= 0x24ff) || // ①–⑳, ⑴, ⒜, ⓐ …
  (cp >= 0x2160 && cp <= 0x217f) || // Ⅰ–ⅿ
  (cp >= 0x3220 && cp <= 0x32ff) || // ㈠–㋿
  (cp >= 0x3300 && cp <= 0x33ff) || // ㌀–㏿ squared units and eras
  (cp >= 0x2776 && cp <= 0x2793) || // ❶–➓
  cp === 0x2116 ||
  cp === 0x2121;

export function isMachineDependent(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x2116 ? false : inRange(cp);
}

/** The plain text to use instead: ① → (1), ㈱ → （株）, ㍻ → 平成, Ⅲ → III, ㎡ → m2. */
export function replacementFor(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const cp = ch.codePointAt(0) ?? 0;
  const plain = ch.normalize('NFKC');
  // Circled and negative-circled numbers read as list numbers: (1), not a bare 1.
  if (
    ((cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x3251 && cp <= 0x32bf)) &&
    /^\d+$/.test(plain)
  )
    return `(${plain})`;
  if (cp >= 0x2776 && cp <= 0x2793) return `(${String(((cp - 0x2776) % 10) + 1)})`;
  return plain === ch ? '' : plain;
}

export interface MachineDependentChar {
  char: string;
  replacement: string;
}

/** The distinct 機種依存文字 in a text, in order of first appearance. */
export function findMachineDependent(text: string): MachineDependentChar[] {
  const found: MachineDependentChar[] = [];
  const seen = new Set<string>();
  for (const ch of text) {
    if (seen.has(ch) || !isMachineDependent(ch)) continue;
    seen.add(ch);
    found.push({ char: ch, replacement: replacementFor(ch) });
  }
  return found;
}

/** The text with every 機種依存文字 replaced (those without a plain form are kept). */
export function replaceMachineDependent(text: string): string {
  let out = '';
  for (const ch of text) {
    if (!isMachineDependent(ch)) {
      out += ch;
      continue;
    }
    const r = replacementFor(ch);
    out += r === '' ? ch : r;
  }
  return out;
}
