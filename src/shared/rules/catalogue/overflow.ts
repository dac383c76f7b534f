/**
 * Text longer than its box on the printed form (box sizes from forms/<id>/definition.ts). The
 * form shrinks text down to the minimum size first; what still does not fit goes to a 別紙.
 */
import type { Workspace } from '../../model/index.js';
import type { Rule } from '../types.js';
import { valueAt } from '../values.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The text a value prints as, the way the templates join compound values. */
function printedText(ws: Workspace, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('、');
  if (!isRecord(value)) return '';
  if ('prefecture' in value && 'rest' in value) {
    const postal =
      typeof value.postalCode === 'string' && value.postalCode ? `〒${value.postalCode}\u3000` : '';
    return `${postal}${String(value.prefecture)}${String(value.rest)}`;
  }
  if ('mode' in value) {
    if (value.mode === 'internal' && typeof value.serviceId === 'string') {
      const s = ws.services.find((x) => x.id === value.serviceId);
      return s ? `${s.name}${s.aspCode ? `（${s.aspCode}）` : ''}` : '';
    }
    if (value.mode === 'external')
      return `${String(value.providerName)}\u3000${String(value.serviceName)}（${String(value.aspCode)}）`;
    return '';
  }
  return ['department', 'name', 'phone', 'emailInternet']
    .map((k) => value[k])
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join('\u3000');
}

export const textOverflow: Rule = {
  id: 'text.overflow',
  severity: 'warning',
  source: 'DESIGN §5（書式: 印字欄からはみ出す文字）',
  title: '書類の欄に収まらない文章',
  check(ctx, report) {
    const byPath = new Map<string, { label: string; documents: Set<string> }>();
    const documentsOf = new Map<string, ReturnType<typeof ctx.usedBy>>();
    for (const field of ctx.boxedFields) {
      if (!field.box) continue;
      const text = printedText(ctx.ws, valueAt(ctx.ws, field.path));
      if (text === '' || !ctx.overflows(text, field.box)) continue;
      const entry = byPath.get(field.path) ?? { label: field.label, documents: new Set<string>() };
      entry.documents.add(field.document);
      byPath.set(field.path, entry);
      documentsOf.set(field.path, [...(documentsOf.get(field.path) ?? []), field.document]);
    }
    for (const [path, entry] of byPath) {
      const documents = [...new Set(documentsOf.get(path) ?? [])];
      const titles = documents.map((d) => `「${ctx.title(d)}」`).join('');
      report({
        message: `「${entry.label}」が${titles}の欄に収まらないため、収まらない分は「別紙」に回ります。別紙でよければこのままで構いません。欄内に収めるには短くしてください。`,
        paths: [path],
        documents,
      });
    }
  },
};

export const OVERFLOW_RULES: Rule[] = [textOverflow];
