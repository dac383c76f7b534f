import type { FieldProblem } from './result.js';

// The practical subset of RFC 5321 mailbox syntax mail systems accept: dot-atom local part and a
// domain of dot-separated labels with a letter TLD.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function checkEmail(value: string): FieldProblem | undefined {
  const trimmed = value.trim();
  if (isEmail(trimmed)) return trimmed === value ? undefined : withSuggestion(trimmed);
  const normalised = trimmed.normalize('NFKC').replace(/\s/g, '');
  if (normalised !== trimmed && isEmail(normalised)) return withSuggestion(normalised);
  return {
    code: 'email.invalid',
    message: 'メールアドレスの形式が正しくありません。「taro@example.lg.jp」のように半角で入力してください。',
  };
}

const withSuggestion = (suggestion: string): FieldProblem => ({
  code: 'email.fullwidth',
  message: `メールアドレスは半角で、空白を入れずに「${suggestion}」のように入力してください。`,
  suggestion,
});

function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.length > 254) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && DOMAIN.test(domain);
}
