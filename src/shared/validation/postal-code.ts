import { toAsciiDigits, type FieldProblem } from './result.js';

/** 郵便番号: 3 digits, hyphen, 4 digits (the form prints 〒NNN-NNNN). */
export function checkPostalCode(value: string): FieldProblem | undefined {
  if (/^\d{3}-\d{4}$/.test(value)) return undefined;
  const digits = toAsciiDigits(value).replace(/^〒/, '').replace(/[\s-]/g, '');
  if (/^\d{7}$/.test(digits)) {
    const suggestion = `${digits.slice(0, 3)}-${digits.slice(3)}`;
    return {
      code: 'postal-code.format',
      message: `郵便番号は半角数字で「${suggestion}」の形（3桁-4桁）で入力してください。`,
      suggestion,
    };
  }
  return {
    code: 'postal-code.invalid',
    message: '郵便番号は7桁です。「102-8419」のように半角数字で入力してください。',
  };
}
