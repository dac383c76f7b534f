import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  toGraphemes,
  NO_LINE_END,
  NO_LINE_START,
  breakUnits,
  kinsokuHyphenation,
  splitLongToken,
} from '../../../src/shared/text/kinsoku.js';

const startsProhibited = (unit: string): boolean => NO_LINE_START.has(Array.from(unit)[0] ?? '');
const endsProhibited = (unit: string): boolean => NO_LINE_END.has(Array.from(unit.trimEnd()).at(-1) ?? '');

describe('禁則 break units', () => {
  it('glues 、。 and closing brackets to what precedes them, opening brackets to what follows', () => {
    const units = breakUnits('当機構は、「総合行政ネットワーク（LGWAN）」を運営します。');
    expect(units).toContain('は、');
    expect(units).toContain('「総');
    expect(units).toContain('（LGWAN）」');
    expect(units.at(-1)).toBe('す。');
  });

  it('keeps 長音, small kana and 々 with the character before them', () => {
    const units = breakUnits('サーバーのセキュリティ人々ちょっと');
    expect(units).toEqual(
      expect.arrayContaining(['サー', 'バー', 'ュ', 'ティ', '人々', 'ちょ', 'っ'].slice(0, 0)),
    );
    for (const u of units) expect(startsProhibited(u)).toBe(false);
    expect(units).toContain('ティ');
    expect(units).toContain('人々');
    expect(units).toContain('ちょっ');
    expect(units.slice(0, 2)).toEqual(['サー', 'バー']);
  });

  it('keeps Latin words, numbers and e-mail addresses whole', () => {
    const units = breakUnits('電話03-5214-8000、support@example.co.jpまで');
    expect(units).toContain('03-5214-8000、');
    expect(units).toContain('support@example.co.jp');
  });

  it('keeps ……, 〒 with its number, and surrogate pairs / IVS intact', () => {
    expect(breakUnits('待つ……ように')).toContain('……');
    expect(breakUnits('〒102-8419')).toEqual(['〒102-8419']);
    const withIvs = '葛\u{E0100}飾𠮷田';
    expect(breakUnits(withIvs)).toEqual(['葛\u{E0100}', '飾', '𠮷', '田']);
  });

  it('never produces a unit starting with a line-start-prohibited character, and loses nothing', () => {
    const alphabet = Array.from('あいうかきくアイウ漢字機構、。」）ーっゃァ々「（・：ＡＢabc123 /.@');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const units = breakUnits(text);
        expect(units.join('')).toBe(text);
        units.slice(1).forEach((u) => expect(startsProhibited(u)).toBe(false));
        units.slice(0, -1).forEach((u) => expect(endsProhibited(u)).toBe(false));
      }),
      { numRuns: 500 },
    );
  });

  it('offers break points inside URLs after / . @ but never between // or before a 。', () => {
    expect(splitLongToken('https://www.example.co.jp/lgwan/index.html。')).toEqual([
      'https://',
      'www.',
      'example.',
      'co.',
      'jp/',
      'lgwan/',
      'index.',
      'html。',
    ]);
    expect(splitLongToken('support@example.com')).toEqual(['support@', 'example.', 'com']);
  });
});

describe('react-pdf hyphenation callback', () => {
  it('separates units with empty parts (a break without a hyphen) and returns the text unchanged', () => {
    const parts = kinsokuHyphenation('次のとおり申し込みます。');
    expect(parts.join('')).toBe('次のとおり申し込みます。');
    expect(parts).toEqual([
      '次',
      '',
      'の',
      '',
      'と',
      '',
      'お',
      '',
      'り',
      '',
      '申',
      '',
      'し',
      '',
      '込',
      '',
      'み',
      '',
      'ま',
      '',
      'す。',
      '',
    ]);
  });

  it('ends every word with a break opportunity, so no hyphen goes where two script runs meet', () => {
    // react-pdf runs the callback per script run (漢字 / カナ / Latin) and puts a hyphenation point
    // where two runs meet without a '' between them.
    expect(kinsokuHyphenation('LGWAN')).toEqual(['LGWAN', '']);
    expect(kinsokuHyphenation('接続')).toEqual(['接', '', '続', '']);
    expect(kinsokuHyphenation('料金（')).toEqual(['料', '', '金', '', '（', '']);
  });

  it('gives the same answer when asked again (answers are remembered, callers may mutate them)', () => {
    const first = kinsokuHyphenation('総合行政ネットワーク');
    first.push('x');
    expect(kinsokuHyphenation('総合行政ネットワーク')).toEqual(first.slice(0, -1));
  });

  it('offers break points inside long URLs so they wrap inside their box', () => {
    const parts = kinsokuHyphenation('https://www.example.co.jp/lgwan-asp/facility/index.html').filter(
      Boolean,
    );
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.join('')).toBe('https://www.example.co.jp/lgwan-asp/facility/index.html');
  });

  it('leaves spaces and short words alone', () => {
    expect(kinsokuHyphenation(' ')).toEqual([' ']);
    expect(kinsokuHyphenation('  ')).toEqual(['  ']);
  });
});

describe('grapheme splitting', () => {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });
  const reference = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

  it('agrees with Intl.Segmenter on form text, combining marks, IVS, surrogate pairs and CRLF', () => {
    const samples = [
      '株式会社髙橋情報システム 代表取締役　山田 太郎',
      '〒102-8419 東京都千代田区一番町25番地 ㈱ № ㋿ Ｅ－ｍａｉｌ ｶﾞ',
      'か\u3099き\u309a', // combining (semi-)voiced marks join the kana before them
      'ｶﾞｷﾟ', // half-width voiced marks are Extend too
      '葛\u{E0100}飾𠮷田', // IVS and a supplementary-plane kanji
      'line1\r\nline2',
      'cafe\u0301 👍🏽 🇯🇵',
      'ZWJ\u200dtest',
    ];
    for (const text of samples) expect(toGraphemes(text)).toEqual(reference(text));
  });

  it('agrees with Intl.Segmenter for every BMP character between letters, kana and newlines', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCharCode(cp);
      const text = `a${c}あ${c}${c}\n`;
      if (JSON.stringify(toGraphemes(text)) !== JSON.stringify(reference(text))) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with Intl.Segmenter on random text from the whole BMP and beyond', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(toGraphemes(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
    const formChars = fc.constantFrom(
      ...Array.from('あいうかきくアイウ漢字機構、。」）ーっゃァ々「（・：ＡＢabc123 /.@\t\n㈱〒'),
      '\u3099',
      '\uff9e',
      '\u{E0100}',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(formChars, { maxLength: 50 }), (chars) => {
        const text = chars.join('');
        expect(toGraphemes(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
