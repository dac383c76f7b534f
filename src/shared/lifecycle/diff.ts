/**
 * Field-level diff of one filed document: what it would print now against what it printed when
 * J-LIS accepted it. Services, hosted AP services and attachments are matched by id, never by their
 * place in a list, so reordering is not a change and an edit stays an edit.
 */
import type { DocumentId } from '../documents/types.js';
import type { Service, Workspace } from '../model/index.js';
import { printedFields, type PrintedField } from './printed-fields.js';
import { sameLines, valueLines } from './value-text.js';

/** One row of a 変更内容 table. `path` is where the value lives now (services by id). */
export interface FieldChange {
  path: string;
  label: string;
  before: string;
  after: string;
}

const SERVICE_PREFIX = 'services.*.';

/** Values J-LIS assigns or the app derives: they differ from the filed snapshot without being a change. */
const NOT_CONTENT = new Set(['aspCode', 'status']);

function at(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const byId = (ws: Workspace, id: string): Service | undefined => ws.services.find((s) => s.id === id);

/** Ids in `a` order, then those only in `b`. */
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

class Differ {
  readonly changes: FieldChange[] = [];
  constructor(
    readonly before: Workspace,
    readonly after: Workspace,
  ) {}

  compare(path: string, label: string, field: string, a: unknown, b: unknown): void {
    const x = valueLines(a, field, this.before);
    const y = valueLines(b, field, this.after);
    if (sameLines(x, y)) return;
    this.changes.push({ path, label, before: x.join('\n'), after: y.join('\n') });
  }

  /**
   * A service field: `a`/`b` are the service before and after (absent = not there). A service
   * added or taken away is one row, under its name: the form prints the rest as a whole.
   */
  serviceField(id: string, rest: string, label: string, a: Service | undefined, b: Service | undefined) {
    if ((!a || !b) && rest !== 'name') return;
    const field = rest.slice(rest.lastIndexOf('.') + 1);
    this.compare(`services.${id}.${rest}`, label, field, a && at(a, rest), b && at(b, rest));
  }

  /** Attachments linked to `serviceId` (all of them on a workspace-wide form), by id. */
  attachments(label: string, serviceId: string | undefined) {
    const pick = (ws: Workspace) =>
      ws.attachments.filter((x) => serviceId === undefined || x.serviceId === serviceId);
    const a = pick(this.before);
    const b = pick(this.after);
    for (const id of union(
      a.map((x) => x.id),
      b.map((x) => x.id),
    )) {
      const old = a.find((x) => x.id === id);
      const now = b.find((x) => x.id === id);
      // A replaced file under the same entry is a change even when its caption stays.
      const replaced = old && now && old.file.sha256 !== now.file.sha256 ? '（ファイルを差し替え）' : '';
      const x = old ? valueLines(old, 'attachments', this.before) : [];
      const y = now ? valueLines(now, 'attachments', this.after).map((l) => l + replaced) : [];
      if (!sameLines(x, y))
        this.changes.push({ path: `attachments.${id}`, label, before: x.join('\n'), after: y.join('\n') });
    }
  }
}

const serviceName = (a: Service | undefined, b: Service | undefined): string =>
  b?.name || a?.name || '名称未入力のサービス';

function diffField(d: Differ, f: PrintedField, serviceId: string | undefined): void {
  if (f.path === 'attachments') return d.attachments(f.label, serviceId);
  if (!f.path.startsWith(SERVICE_PREFIX)) {
    // A per-service form repeats the applicant block and the contact person; their change is the
    // participation review's to notify (it prints them as the provider's own data).
    if (serviceId !== undefined) return;
    const field = f.path.slice(f.path.lastIndexOf('.') + 1);
    // What the form prints in the row (the name with its reading), from its binding.
    if (f.print)
      return d.compare(f.path, f.label, field, f.print(d.before, undefined), f.print(d.after, undefined));
    if (f.reads) {
      // One row for what the form prints together: 「山田 太郎 / ヤマダ タロウ」.
      const lines = (ws: Workspace) =>
        [f.path, ...f.reads!].map((p) => valueLines(at(ws, p), field, ws).join('\n')).filter(Boolean);
      return d.compare(f.path, f.label, field, lines(d.before).join(' / '), lines(d.after).join(' / '));
    }
    return d.compare(f.path, f.label, field, at(d.before, f.path), at(d.after, f.path));
  }
  const rest = f.path.slice(SERVICE_PREFIX.length);
  if (NOT_CONTENT.has(rest)) return;
  if (f.each === 'hostedAp') {
    if (serviceId === undefined) return;
    const hosting = (ws: Workspace) => {
      const s = byId(ws, serviceId);
      return s?.kind === 'HO' ? s.hostedApIds : [];
    };
    const was = hosting(d.before);
    const is = hosting(d.after);
    for (const apId of union(was, is)) {
      const a = was.includes(apId) ? byId(d.before, apId) : undefined;
      const b = is.includes(apId) ? byId(d.after, apId) : undefined;
      d.serviceField(apId, rest, `${f.label}（${a ? (b ? serviceName(a, b) : '削除') : '追加'}）`, a, b);
    }
    return;
  }
  if (serviceId !== undefined) {
    return d.serviceField(serviceId, rest, f.label, byId(d.before, serviceId), byId(d.after, serviceId));
  }
  // A workspace-wide form listing every service (the participation review's 提供予定のサービス).
  for (const id of union(
    d.before.services.map((s) => s.id),
    d.after.services.map((s) => s.id),
  )) {
    const a = byId(d.before, id);
    const b = byId(d.after, id);
    d.serviceField(id, rest, `${f.label}（${a ? (b ? serviceName(a, b) : '削除') : '追加'}）`, a, b);
  }
}

/**
 * The changes of one document instance (`serviceId` for a per-service form) between the data as
 * J-LIS accepted it and now. Only what the form prints counts: a field printed nowhere is no change.
 */
export function diffDocument(
  id: DocumentId,
  serviceId: string | undefined,
  before: Workspace,
  after: Workspace,
): FieldChange[] {
  const d = new Differ(before, after);
  for (const f of printedFields(id)) diffField(d, f, serviceId);
  return d.changes;
}
