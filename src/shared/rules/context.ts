import type { Service, Workspace } from '../model/index.js';
import { fitText } from '../text/fit.js';
import { documentDefinition } from '../documents/index.js';
import type { FieldBox } from '../documents/types.js';
import { buildFieldUsage, hostedApIds } from './field-usage.js';
import type { DocumentId, RequiredDocument, RuleContext, ServiceKind, ServiceOfKind } from './types.js';

// Fit results survive between checks: the UI re-checks on every keystroke and most texts are unchanged.
const FIT_MEMO_LIMIT = 20_000;
const fitMemo = new Map<string, boolean>();

function overflows(text: string, box: FieldBox): boolean {
  const key = `${box.widthMm}|${box.fontSizePt}|${box.maxLines}|${text}`;
  const known = fitMemo.get(key);
  if (known !== undefined) return known;
  const result = !fitText({ text, widthMm: box.widthMm, fontSizePt: box.fontSizePt, maxLines: box.maxLines })
    .fits;
  if (fitMemo.size >= FIT_MEMO_LIMIT) fitMemo.clear();
  fitMemo.set(key, result);
  return result;
}

/** Indexes built once per check so each rule looks things up instead of scanning. */
export function buildContext(ws: Workspace, required: RequiredDocument[], today: string): RuleContext {
  const byId = new Map<string, Service>();
  const byKind: { [K in ServiceKind]: ServiceOfKind<K>[] } = { AP: [], HO: [], CA: [], FA: [] };
  for (const s of ws.services) {
    byId.set(s.id, s);
    (byKind[s.kind] as Service[]).push(s);
  }
  const slots = new Map<string, number>();
  for (const a of ws.attachments) {
    const base = `${a.serviceId}|${a.kind}`;
    slots.set(base, (slots.get(base) ?? 0) + 1);
    if (a.area) slots.set(`${base}|${a.area}`, (slots.get(`${base}|${a.area}`) ?? 0) + 1);
  }
  const docsById = new Map<DocumentId, RequiredDocument[]>();
  for (const d of required) {
    const list = docsById.get(d.id) ?? [];
    list.push(d);
    docsById.set(d.id, list);
  }
  const needs = (id: DocumentId, serviceId?: string): boolean => {
    const list = docsById.get(id);
    if (!list) return false;
    return (
      serviceId === undefined || list.some((d) => d.serviceId === undefined || d.serviceId === serviceId)
    );
  };
  const usage = buildFieldUsage(ws, required);
  return {
    ws,
    today,
    documentDate: ws.procedure.documentDate || today,
    required,
    needs,
    docs: (ids, serviceId) => ids.filter((id) => needs(id, serviceId)),
    usedBy: (path) => usage.usedBy(path),
    boxedFields: usage.boxed,
    isOfficial: (id) => documentDefinition(id).kind === 'official',
    title: (id) => docsById.get(id)?.[0]?.title ?? id,
    service: (id) => byId.get(id),
    ofKind: <K extends ServiceKind>(kind: K) => byKind[kind] as ServiceOfKind<K>[],
    hostedAps: (hoId) =>
      hostedApIds(ws, hoId).flatMap((id) => {
        const s = byId.get(id);
        return s?.kind === 'AP' ? [s] : [];
      }),
    slotCount: (serviceId, kind, area) =>
      slots.get(area ? `${serviceId}|${kind}|${area}` : `${serviceId}|${kind}`) ?? 0,
    overflows,
  };
}
