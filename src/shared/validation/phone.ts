import { toAsciiDigits, type FieldProblem } from './result.js';

/**
 * Japanese telephone numbers (総務省 電気通信番号計画): 0 + 9 digits for fixed lines, 0 + 10 for
 * mobile/IP/050, 0120/0800 free dial, written with hyphens or parentheses. An extension after
 * 「内線」 is allowed.
 */
const SHAPE = /^(?:0\d{1,4}[-(]\d{1,4}[-)]\d{3,4}|0\d{9,10})(?:\s*(?:内線|ext\.?)\s*\d{1,6})?$/;

export function checkPhone(value: string): FieldProblem | undefined {
  const trimmed = value.trim();
  if (SHAPE.test(trimmed) && digitCountOk(trimmed)) return undefined;
  const ascii = toAsciiDigits(trimmed).replace(/\s+/g, ' ').replace(/（/g, '(').replace(/）/g, ')');
  if (ascii !== trimmed && SHAPE.test(ascii) && digitCountOk(ascii)) {
    return {
      code: 'phone.fullwidth',
      message: `電話番号は半角数字とハイフンで「${ascii}」のように入力してください。`,
      suggestion: ascii,
    };
  }
  return {
    code: 'phone.invalid',
    message:
      '電話番号の形式が正しくありません。市外局番から「03-1234-5678」のように半角数字とハイフンで入力してください。',
  };
}

function digitCountOk(value: string): boolean {
  const main = value.replace(/\s*(?:内線|ext\.?)\s*\d+$/, '');
  const digits = main.replace(/\D/g, '');
  return digits.length === 10 || digits.length === 11;
}
