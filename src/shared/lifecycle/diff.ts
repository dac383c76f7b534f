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
  /**
   * The data paths whose values differ, for the editor's marks: the row's own path, or the reading
   * or FAX printed in the same row when that is what changed (services by id).
   */
  paths: string[];
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

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function withAssigned(before: Workspace, after: Workspace): Workspace {
  const now = new Map(after.services.map((s) => [s.id, s]));
  return {
    ...before,
    services: before.services.map((s) => {
      const current = now.get(s.id);
      return current ? { ...s, aspCode: current.aspCode, status: current.status } : s;
    }),
  };
}

const byId = (ws: Workspace, id: string): Service | undefined => ws.services.find((s) => s.id === id);

/** Ids in `a` order, then those only in `b`. */
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

class Differ {
  readonly changes: FieldChange[] = [];
  readonly before: Workspace;
  constructor(
    before: Workspace,
    readonly after: Workspace,
  ) {
    // A printed row may carry what J-LIS assigned since (「（ASPコード: H0001234）」): compared as
    // if it had been there when filed, so an assignment is never a change to notify.
    this.before = withAssigned(before, after);
  }

  compare(path: string, label: string, field: string, a: unknown, b: unknown, paths = [path]): void {
    const x = valueLines(a, field, this.before);
    const y = valueLines(b, field, this.after);
    if (sameLines(x, y)) return;
    this.changes.push({ path, label, before: x.join('\n'), after: y.join('\n'), paths });
  }

  /**
   * A service field: `a`/`b` are the service before and after (absent = not there). A service
   * added or taken away is one row, under its name: the form prints the rest as a whole. What
   * the row prints beside the value (`reads`: the prefecture beside 都道府県域) is compared with it.
   */
  serviceField(
    id: string,
    rest: string,
    label: string,
    a: Service | undefined,
    b: Service | undefined,
    reads: readonly string[] = [],
    print?: PrintedField['print'],
  ) {
    if ((!a || !b) && rest !== 'name') return;
    const field = rest.slice(rest.lastIndexOf('.') + 1);
    const path = `services.${id}.${rest}`;
    if (print && a && b) {
      const moved = [
        rest,
        ...reads.filter((r) => r.startsWith(SERVICE_PREFIX)).map((r) => r.slice(SERVICE_PREFIX.length)),
      ]
        .filter((p) => !sameValue(at(a, p), at(b, p)))
        .map((p) => `services.${id}.${p}`);
      return this.compare(
        path,
        label,
        field,
        print(this.before, a).split('\n'),
        print(this.after, b).split('\n'),
        moved.length > 0 ? moved : [path],
      );
    }
    const also =
      a && b
        ? reads.filter((r) => r.startsWith(SERVICE_PREFIX)).map((r) => r.slice(SERVICE_PREFIX.length))
        : [];
    if (also.length === 0) return this.compare(path, label, field, a && at(a, rest), b && at(b, rest));
    const parts = [rest, ...also];
    const row = (s: Service, ws: Workspace) =>
      parts.map((p) => valueLines(at(s, p), p.slice(p.lastIndexOf('.') + 1), ws).join('\n')).filter(Boolean);
    const moved = parts.filter((p) => !sameValue(at(a, p), at(b, p))).map((p) => `services.${id}.${p}`);
    this.compare(
      path,
      label,
      field,
      row(a!, this.before).join(' / '),
      row(b!, this.after).join(' / '),
      moved.length > 0 ? moved : [path],
    );
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
      const path = `attachments.${id}`;
      if (!sameLines(x, y))
        this.changes.push({ path, label, before: x.join('\n'), after: y.join('\n'), paths: [path] });
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
    // The editor marks each part of the row that moved: the reading when only the reading did.
    const parts = [f.path, ...(f.reads ?? [])];
    const moved = parts.filter((p) => !sameValue(at(d.before, p), at(d.after, p)));
    const paths = moved.length > 0 ? moved : [f.path];
    // What the form prints in the row (the name with its reading), from its binding.
    if (f.print)
      return d.compare(
        f.path,
        f.label,
        field,
        f.print(d.before, undefined).split('\n'),
        f.print(d.after, undefined).split('\n'),
        paths,
      );
    if (f.reads) {
      // One row for what the form prints together: 「山田 太郎 / ヤマダ タロウ」.
      const lines = (ws: Workspace) =>
        parts.map((p) => valueLines(at(ws, p), field, ws).join('\n')).filter(Boolean);
      return d.compare(
        f.path,
        f.label,
        field,
        lines(d.before).join(' / '),
        lines(d.after).join(' / '),
        paths,
      );
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
      d.serviceField(
        apId,
        rest,
        `${f.label}（${a ? (b ? serviceName(a, b) : '削除') : '追加'}）`,
        a,
        b,
        f.reads,
        f.print,
      );
    }
    return;
  }
  if (serviceId !== undefined) {
    return d.serviceField(
      serviceId,
      rest,
      f.label,
      byId(d.before, serviceId),
      byId(d.after, serviceId),
      f.reads,
      f.print,
    );
  }
  // A workspace-wide form listing every service (the participation review's 提供予定のサービス).
  for (const id of union(
    d.before.services.map((s) => s.id),
    d.after.services.map((s) => s.id),
  )) {
    const a = byId(d.before, id);
    const b = byId(d.after, id);
    d.serviceField(
      id,
      rest,
      `${f.label}（${a ? (b ? serviceName(a, b) : '削除') : '追加'}）`,
      a,
      b,
      // Its binding prints the whole list in one cell: each service's row compares its own value.
      f.reads,
    );
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
