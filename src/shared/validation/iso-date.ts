import type { FieldProblem } from './result.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (the app's date pickers write this form). */
export function checkIsoDate(value: string): FieldProblem | undefined {
  const m = ISO.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= last && y >= 1989) return undefined;
  }
  return {
    code: 'date.invalid',
    message: `日付「${value}」は実在する日付ではありません。カレンダーから選ぶか「2027-04-01」の形で入力してください。`,
  };
}
