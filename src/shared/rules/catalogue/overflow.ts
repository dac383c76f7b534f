/**
 * Text longer than its box on the printed form: box and printed text from the field bindings of
 * forms/<id>/definition.ts, the same the template prints. The form shrinks text down to the minimum
 * size first; what still does not fit goes to a 別紙.
 */
import type { Service } from '../../model/index.js';
import { boxedFields, type BoxedField } from '../field-usage.js';
import type { DocumentId, Rule, RuleContext } from '../types.js';
import { printedText } from '../../documents/printed-fields.js';
import { valueAtSegments } from '../values.js';

type ServiceFieldList = 'service' | 'hostedAp';

/**
 * Overflowing fields of one service on one document, kept per service object: the editor replaces
 * only the edited service, so the others are not laid out again. References to other services print
 * those services' names and are always recomputed.
 */
const perService = new WeakMap<Service, Map<string, BoxedField[]>>();

function overflowingOf(
  ctx: RuleContext,
  s: Service,
  document: DocumentId,
  list: ServiceFieldList,
): BoxedField[] {
  const key = `${document}|${list}`;
  let byDoc = perService.get(s);
  const cached = byDoc?.get(key);
  const fields = boxedFields(document)[list];
  const out: BoxedField[] = [];
  const live = (f: BoxedField) => {
    const value = valueAtSegments(s, f.segments);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'mode' in value;
  };
  if (cached) {
    for (const f of fields) {
      if (!live(f)) continue;
      const text = printedText(f.binding, ctx.ws, s);
      if (text !== '' && ctx.overflows(text, f.box, f.boxKey)) out.push(f);
    }
    return [...cached, ...out];
  }
  const stable: BoxedField[] = [];
  for (const f of fields) {
    const text = printedText(f.binding, ctx.ws, s);
    if (text === '' || !ctx.overflows(text, f.box, f.boxKey)) continue;
    (live(f) ? out : stable).push(f);
  }
  if (!byDoc) {
    byDoc = new Map();
    perService.set(s, byDoc);
  }
  byDoc.set(key, stable);
  return [...stable, ...out];
}

export const textOverflow: Rule = {
  id: 'text.overflow',
  severity: 'warning',
  source: 'DESIGN §5（書式: 印字欄からはみ出す文字）',
  title: '書類の欄に収まらない文章',
  check(ctx, report) {
    const overflowing = new Map<string, { label: string; documents: DocumentId[] }>();
    const note = (path: string, label: string, document: DocumentId) => {
      const entry = overflowing.get(path) ?? { label, documents: [] };
      if (!entry.documents.includes(document)) entry.documents.push(document);
      overflowing.set(path, entry);
    };
    const serviceFields = (s: Service, document: DocumentId, list: ServiceFieldList) => {
      for (const f of overflowingOf(ctx, s, document, list))
        note(`services.${s.id}.${f.path}`, f.label, document);
    };
    const seen = new Set<DocumentId>();
    for (const instance of ctx.required) {
      const fields = boxedFields(instance.id);
      // Workspace values print the same on every instance of a document: lay them out once.
      if (!seen.has(instance.id)) {
        seen.add(instance.id);
        for (const f of fields.workspace) {
          const text = printedText(f.binding, ctx.ws);
          if (text !== '' && ctx.overflows(text, f.box, f.boxKey)) note(f.path, f.label, instance.id);
        }
        if (instance.serviceId === undefined && fields.service.length > 0)
          for (const s of ctx.ws.services) serviceFields(s, instance.id, 'service');
      }
      if (instance.serviceId === undefined) continue;
      const service = ctx.service(instance.serviceId);
      if (service) serviceFields(service, instance.id, 'service');
      if (fields.hostedAp.length > 0)
        for (const ap of ctx.hostedAps(instance.serviceId)) serviceFields(ap, instance.id, 'hostedAp');
    }
    for (const [path, { label, documents }] of overflowing) {
      const titles = documents.map((d) => `「${ctx.title(d)}」`).join('');
      report({
        message: `「${label}」が${titles}の欄に収まらないため、収まらない分は「別紙」に回ります。別紙でよければこのままで構いません。欄内に収めるには短くしてください。`,
        paths: [path],
        documents,
      });
    }
  },
};

export const OVERFLOW_RULES: Rule[] = [textOverflow];
