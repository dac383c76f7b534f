import type { FieldProblem } from './result.js';

/**
 * ASPコード as J-LIS issues it with the acceptance notice (002 §5.2.1(1)) and lists it in the
 * LGWAN-ASPサービスリスト. The seeds do not give its exact layout, so only what any code must be is
 * checked: half-width letters and digits (hyphens allowed), no spaces.
 */
export function checkAspCode(value: string): FieldProblem | undefined {
  if (/^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/.test(value)) return undefined;
  const normalised = value
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/[‐－ー−]/g, '-');
  if (normalised !== value && /^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/.test(normalised)) {
    return {
      code: 'asp-code.fullwidth',
      message: `ASPコードは半角英数字で「${normalised}」のように入力してください。`,
      suggestion: normalised,
    };
  }
  return {
    code: 'asp-code.invalid',
    message:
      'ASPコードの形式が正しくありません。LGWAN-ASPサービスリストに記載のコードを半角英数字で入力してください。',
  };
}
