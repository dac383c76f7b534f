import type { Service, Workspace } from '../model/index.js';
import { fitText } from '../text/fit.js';
import { documentDefinition } from '../documents/index.js';
import type { FieldBox } from '../documents/types.js';
import { buildFieldUsage, hostedApIndex } from './field-usage.js';
import { valueAt } from './values.js';
import { scanWorkspaceText, type TextIssue } from './text-scan.js';
import type { DocumentId, RequiredDocument, RuleContext, ServiceKind, ServiceOfKind } from './types.js';

// Fit results survive between checks: the UI re-checks on every keystroke and most texts are unchanged.
const FIT_MEMO_LIMIT = 20_000;
const fitMemo = new Map<string, Map<string, boolean>>();
let fitMemoSize = 0;

function overflows(
  text: string,
  box: FieldBox,
  boxKey = `${box.widthMm}|${box.fontSizePt}|${box.maxLines}`,
): boolean {
  let byText = fitMemo.get(boxKey);
  const known = byText?.get(text);
  if (known !== undefined) return known;
  const result = !fitText({ text, widthMm: box.widthMm, fontSizePt: box.fontSizePt, maxLines: box.maxLines })
    .fits;
  if (fitMemoSize >= FIT_MEMO_LIMIT) {
    fitMemo.clear();
    fitMemoSize = 0;
    byText = undefined;
  }
  if (!byText) {
    byText = new Map();
    fitMemo.set(boxKey, byText);
  }
  byText.set(text, result);
  fitMemoSize += 1;
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
  // `id` for a workspace-wide document, `id|serviceId` for one instance.
  const instances = new Set<string>();
  for (const d of required) {
    const list = docsById.get(d.id) ?? [];
    list.push(d);
    docsById.set(d.id, list);
    instances.add(d.serviceId === undefined ? d.id : `${d.id}|${d.serviceId}`);
  }
  const needs = (id: DocumentId, serviceId?: string): boolean =>
    serviceId === undefined ? docsById.has(id) : instances.has(`${id}|${serviceId}`) || instances.has(id);
  const hosted = hostedApIndex(ws);
  const usage = buildFieldUsage(ws, required, hosted);
  let textIssues: TextIssue[] | undefined;
  const attachmentsById = new Map(ws.attachments.map((a) => [a.id, a]));
  const value = (path: string): unknown => {
    // Services and attachments are addressed by id: look them up instead of scanning the list.
    const dot = path.indexOf('.');
    const head = dot < 0 ? path : path.slice(0, dot);
    if ((head === 'services' || head === 'attachments') && dot > 0) {
      const next = path.indexOf('.', dot + 1);
      const id = next < 0 ? path.slice(dot + 1) : path.slice(dot + 1, next);
      const item = head === 'services' ? byId.get(id) : attachmentsById.get(id);
      if (item) return next < 0 ? item : valueAt(item, path.slice(next + 1));
    }
    return valueAt(ws, path);
  };
  return {
    ws,
    today,
    documentDate: ws.procedure.documentDate || today,
    required,
    needs,
    docs: (ids, serviceId) => ids.filter((id) => needs(id, serviceId)),
    usedBy: (path) => usage.usedBy(path),
    isOfficial: (id) => documentDefinition(id).kind === 'official',
    title: (id) => documentDefinition(id).shortTitle,
    service: (id) => byId.get(id),
    ofKind: <K extends ServiceKind>(kind: K) => byKind[kind] as ServiceOfKind<K>[],
    hostedAps: (hoId) =>
      (hosted.get(hoId) ?? []).flatMap((id) => {
        const s = byId.get(id);
        return s?.kind === 'AP' ? [s] : [];
      }),
    value,
    textIssues: () => (textIssues ??= scanWorkspaceText(ws)),
    slotCount: (serviceId, kind, area) =>
      slots.get(area ? `${serviceId}|${kind}|${area}` : `${serviceId}|${kind}`) ?? 0,
    overflows,
  };
}
