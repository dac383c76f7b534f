import type { FieldProblem } from './result.js';

// Full-width katakana (incl. ヴ ヵ ヶ), the long-vowel mark, middle dot, spaces and the iteration marks ヽヾ.
const KATAKANA = /^[\u30A1-\u30FA\u30FC\u30FD\u30FE\u30FB\u3000 ]*$/;
const HALFWIDTH_KANA = /[\uFF61-\uFF9F]/;
const HALFWIDTH_RUN = /[\uFF61-\uFF9F]+/g;
const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/g;

const toKatakana = (value: string): string =>
  value.replace(HIRAGANA, (ch) => String.fromCharCode((ch.codePointAt(0) ?? 0) + 0x60));

/** Half-width kana turned full-width. NFKC runs on those runs only: on the whole text it would also turn full-width spaces and digits into ASCII. */
export const toFullwidthKana = (value: string): string =>
  value.replace(HALFWIDTH_RUN, (run) => run.normalize('NFKC'));

/**
 * フリガナ must be full-width katakana. Half-width kana and hiragana are offered back as the
 * full-width katakana they stand for (NFKC); anything else (kanji, Latin letters) must be
 * retyped as the reading.
 */
export function checkKatakana(value: string): FieldProblem | undefined {
  if (KATAKANA.test(value)) return undefined;
  const normalised = toKatakana(toFullwidthKana(value));
  if (KATAKANA.test(normalised)) {
    const half = HALFWIDTH_KANA.test(value);
    return {
      code: half ? 'kana.halfwidth' : 'kana.hiragana',
      message: `フリガナは全角カタカナで入力してください（${half ? '半角カナ' : 'ひらがな'}が含まれています）。「${normalised}」に直せます。`,
      suggestion: normalised,
    };
  }
  return {
    code: 'kana.invalid',
    message: 'フリガナは読みを全角カタカナで入力してください（漢字・英数字・記号は使えません）。',
  };
}
