import type { FieldProblem } from './result.js';

// 法人番号 (国税庁「法人番号の指定等に関する省令」第2条): 13 digits, the first is a check digit
// over the other twelve: 9 − (Σ Pn×Qn mod 9), Pn = n-th digit from the right, Qn = 1 (odd n) / 2 (even n).

/** Check digit for a 12-digit base number; undefined when the input is not 12 ASCII digits. */
export const corporateNumberCheckDigit = (base: string): number | undefined => {
  if (!/^[0-9]{12}$/.test(base)) return undefined;
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = base.charCodeAt(12 - n) - 48;
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
};

export type CorporateNumberProblem = 'format' | 'check-digit';

/** Validates a 13-digit 法人番号; full-width digits and separators must be normalised first. */
export const checkCorporateNumber = (value: string): CorporateNumberProblem | undefined => {
  if (!/^[0-9]{13}$/.test(value)) return 'format';
  return corporateNumberCheckDigit(value.slice(1)) === value.charCodeAt(0) - 48 ? undefined : 'check-digit';
};

/** Turns 「１２３４ ５６７８-…」 into ASCII digits only, so users may paste what they see on 法人番号公表サイト. */
export const normaliseCorporateNumber = (value: string): string =>
  value.normalize('NFKC').replace(/[\s\-‐－ー]/g, '');

/** 法人番号 as a field check: full-width digits and separators are offered back as 13 ASCII digits. */
export function validateCorporateNumber(value: string): FieldProblem | undefined {
  const problem = checkCorporateNumber(value);
  if (problem === undefined) return undefined;
  const normalised = normaliseCorporateNumber(value);
  if (normalised !== value && checkCorporateNumber(normalised) === undefined) {
    return {
      code: 'corporate-number.format',
      message: `法人番号は半角数字13桁で、区切りを入れずに「${normalised}」と入力してください。`,
      suggestion: normalised,
    };
  }
  if (problem === 'check-digit' || checkCorporateNumber(normalised) === 'check-digit') {
    return {
      code: 'corporate-number.check-digit',
      message:
        '法人番号の検査用数字（先頭の1桁）が合いません。打ち間違いがないか、国税庁法人番号公表サイトで確かめてください。',
    };
  }
  return {
    code: 'corporate-number.length',
    message: '法人番号は半角数字13桁です。国税庁法人番号公表サイトに載っている番号を入力してください。',
  };
}
