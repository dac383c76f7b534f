/**
 * Tolerant loading of a stored workspace: whatever can be read is kept, every change made to make it
 * fit the model is reported, and nothing is thrown away — values that cannot be used are moved to
 * `quarantine` together with where they were and why.
 */
import { migrateWorkspace, MIGRATIONS, type Migration, type RawWorkspace } from './migrations.js';
import { newId } from './primitives.js';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_FORMAT_VERSION,
  WorkspaceSchema,
  type QuarantineEntry,
  type Workspace,
} from './workspace.js';

export interface LoadRepair {
  /** Dotted path of what was changed; services are named by id (`services.<id>.name`). */
  path: string;
  /** Japanese: what was changed and what the user may want to do. */
  message: string;
}

export type LoadResult =
  { ok: true; workspace: Workspace; repairs: LoadRepair[]; readOnly: boolean } | { ok: false; error: string };

export interface LoadOptions {
  migrations?: readonly Migration[];
  /** Clock for timestamps that have to be filled in. */
  now?: Date;
}

/** Lists of records: an entry that cannot be read is set aside whole rather than half-kept. */
const RECORD_LISTS: Readonly<Record<string, string>> = {
  services: 'サービス',
  attachments: '添付ファイル',
  submissions: '提出記録',
};

/** Enough fix-ups for any real file; a bound so a value the schema can never accept cannot loop. */
const MAX_FIXES = 2000;

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function containerAt(root: unknown, path: readonly Key[]): Container | undefined {
  let node: unknown = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return Array.isArray(node) || isRecord(node) ? node : undefined;
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  const parent = containerAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent === undefined || key === undefined) return undefined;
  return Array.isArray(parent) ? (typeof key === 'number' ? parent[key] : undefined) : parent[String(key)];
}

/** Removes the value at path (a key from an object, an element from an array). */
function removeAt(root: unknown, path: readonly Key[]): void {
  const parent = containerAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent === undefined || key === undefined) return;
  if (Array.isArray(parent)) {
    if (typeof key === 'number') parent.splice(key, 1);
  } else {
    delete parent[String(key)];
  }
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** `services.3.kind` → `services.<id>.kind` when the service has an id, as the rest of the app names it. */
function displayPath(root: RawWorkspace, path: readonly Key[]): string {
  const parts = path.map(String);
  if (path[0] === 'services' && typeof path[1] === 'number') {
    const service = valueAt(root, path.slice(0, 2));
    if (isRecord(service) && typeof service.id === 'string' && service.id !== '') parts[1] = service.id;
  }
  return parts.join('.');
}

class Repairer {
  readonly repairs: LoadRepair[] = [];
  private readonly quarantined: QuarantineEntry[] = [];

  constructor(
    private readonly data: RawWorkspace,
    private readonly now: Date,
  ) {}

  private setAside(path: readonly Key[], reason: string, message: string): void {
    const where = displayPath(this.data, path);
    this.quarantined.push({ path: where, reason, value: valueAt(this.data, path) });
    this.repairs.push({ path: where, message });
    removeAt(this.data, path);
  }

  /** Applies one fix for the first problem; false when nothing more can be done. */
  fix(path: readonly Key[], discriminatorProblem: boolean): boolean {
    const [head, index] = path;
    const value = valueAt(this.data, path);
    if (head === 'quarantine') return this.fixQuarantine(path);
    if (typeof head === 'string' && head in RECORD_LISTS && typeof index === 'number') {
      const what = RECORD_LISTS[head] ?? head;
      const recordPath = path.slice(0, 2);
      const record = valueAt(this.data, recordPath);
      if (discriminatorProblem && isRecord(record)) {
        const kind =
          record.kind === undefined
            ? '（未記録）'
            : typeof record.kind === 'string'
              ? `「${record.kind}」`
              : preview(record.kind);
        this.setAside(
          recordPath,
          `種類${kind}のサービスはこの版のアプリでは扱えません`,
          `種類${kind}のサービスはこの版のアプリでは扱えないため、編集の対象から外して案件内に保管しました（削除はしていません）。扱える版のアプリで開くと元に戻せます。`,
        );
        return true;
      }
      if (head === 'services' && path.length === 3 && path[2] === 'id' && isRecord(record)) {
        record.id = newId();
        this.repairs.push({
          path: displayPath(this.data, recordPath),
          message: 'IDのないサービスがあったため、新しいIDを付けました。',
        });
        return true;
      }
      if (path.length === 2 || value === undefined) {
        this.setAside(
          recordPath,
          `${what}として読み取れません`,
          `${index + 1}件目の${what}は必要な項目が欠けているか壊れているため、編集の対象から外して案件内に保管しました（削除はしていません）。必要なら登録し直してください。`,
        );
        return true;
      }
    }
    if (value === undefined) return this.fillRequired(path);
    this.setAside(
      path,
      '形式が正しくない値',
      `「${displayPath(this.data, path)}」の値 ${preview(value)} は読み取れないため初期値に戻しました。元の値は案件内に保管しています。内容を確認して入力し直してください。`,
    );
    return true;
  }

  /** Top-level values without a default: a new id and the load time keep the workspace usable. */
  private fillRequired(path: readonly Key[]): boolean {
    if (path.length !== 1) return false;
    const key = path[0];
    if (key === 'id') {
      this.data.id = newId();
      this.repairs.push({ path: 'id', message: '案件のIDがなかったため、新しいIDを付けました。' });
      return true;
    }
    if (key === 'createdAt' || key === 'updatedAt') {
      this.data[key] = this.now.toISOString();
      this.repairs.push({
        path: key,
        message: `${key === 'createdAt' ? '作成日時' : '更新日時'}が記録されていなかったため、読み込んだ日時を記録しました。`,
      });
      return true;
    }
    return false;
  }

  /** The quarantine itself keeps anything: an odd entry is wrapped, never dropped. */
  private fixQuarantine(path: readonly Key[]): boolean {
    const entryPath = path.slice(0, 2);
    const list: unknown = this.data.quarantine;
    if (!Array.isArray(list)) {
      this.data.quarantine = [
        { path: 'quarantine', reason: '保管データの形式が正しくありません', value: list },
      ];
      return true;
    }
    const index = entryPath[1];
    if (typeof index !== 'number') return false;
    const entries: unknown[] = list;
    entries[index] = {
      path: 'quarantine',
      reason: '保管データの形式が正しくありません',
      value: entries[index],
    };
    return true;
  }

  /** Everything set aside so far, after what the file already had in quarantine. */
  finish(): void {
    if (this.quarantined.length === 0) return;
    const stored: unknown = this.data.quarantine;
    const existing: unknown[] = Array.isArray(stored) ? stored : [];
    this.data.quarantine = [...existing, ...this.quarantined];
  }
}

const readVersion = (raw: RawWorkspace, repairs: LoadRepair[]): { version: number } | { error: string } => {
  const version = raw.formatVersion;
  // Every file this app has written carries its version; one without it is read as the current shape.
  if (version === undefined) return { version: WORKSPACE_FORMAT_VERSION };
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) return { version };
  repairs.push({
    path: 'formatVersion',
    message: `形式バージョン ${preview(version)} が読み取れないため、現在の形式（${WORKSPACE_FORMAT_VERSION}）として読み込みました。内容を確認してください。`,
  });
  return { version: WORKSPACE_FORMAT_VERSION };
};

/**
 * Reads a parsed JSON value as a workspace. A file from a newer app opens read-only with its data as
 * it is (the caller must not write it back); an older one is migrated; values that do not fit are
 * reset to their defaults and kept in `quarantine`.
 */
/** Top-level sections of a workspace; a file with none of them is something else. */
const WORKSPACE_SECTIONS = [
  'id',
  'title',
  'formatVersion',
  'provider',
  'applicant',
  'contacts',
  'procedure',
  'services',
] as const;

export function loadWorkspace(raw: unknown, options: LoadOptions = {}): LoadResult {
  if (!isRecord(raw))
    return {
      ok: false,
      error: '案件データの形式ではありません（JSONの最上位がオブジェクトではありません）。',
    };
  if (raw.format !== undefined && raw.format !== WORKSPACE_FORMAT) {
    return { ok: false, error: `案件データの形式ではありません（format: ${preview(raw.format)}）。` };
  }
  // Without the format mark, at least some of a workspace's own sections must be there: an
  // unrelated JSON file must not open as a blank workspace.
  if (raw.format === undefined && !WORKSPACE_SECTIONS.some((key) => key in raw)) {
    return {
      ok: false,
      error: '案件データの形式ではありません（提供者・サービスなどの項目が見つかりません）。',
    };
  }
  const repairs: LoadRepair[] = [];
  const read = readVersion(raw, repairs);
  if ('error' in read) return { ok: false, error: read.error };
  const { version } = read;
  const readOnly = version > WORKSPACE_FORMAT_VERSION;
  let data: RawWorkspace = structuredClone(raw);
  if (readOnly) {
    repairs.push({
      path: 'formatVersion',
      message: `この案件は新しい版のアプリ（形式バージョン${version}）で保存されています。内容を守るため読み取り専用で開きました。編集するには最新版のアプリをお使いください。`,
    });
  } else {
    data.formatVersion = version;
    const migrated = migrateWorkspace(data, version, options.migrations ?? MIGRATIONS);
    if (!migrated.ok) return { ok: false, error: migrated.error };
    data = migrated.raw;
    for (const step of migrated.applied) {
      repairs.push({
        path: 'formatVersion',
        message: `形式バージョン${step.from}から${step.from + 1}に更新しました: ${step.description}`,
      });
    }
  }

  if (readOnly) {
    // A newer shape is shown only as it is: "repairing" it against this version's model would show
    // blanks where the newer app keeps data.
    const parsed = WorkspaceSchema.safeParse(data);
    if (!parsed.success) {
      return {
        ok: false,
        error: `この案件は新しい版のアプリ（形式バージョン${version}）で保存されており、この版では開けません。最新版のアプリをお使いください。`,
      };
    }
    return { ok: true, workspace: parsed.data, repairs, readOnly };
  }

  const repairer = new Repairer(data, options.now ?? new Date());
  for (let attempt = 0; attempt < MAX_FIXES; attempt++) {
    const parsed = WorkspaceSchema.safeParse(data);
    if (parsed.success) {
      repairer.finish();
      const final = repairer.repairs.length > 0 ? WorkspaceSchema.parse(data) : parsed.data;
      return { ok: true, workspace: final, repairs: [...repairs, ...repairer.repairs], readOnly: false };
    }
    const issue = parsed.error.issues[0];
    if (!issue) break;
    const path = issue.path.filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
    const discriminator = issue.code === 'invalid_union' && 'discriminator' in issue;
    if (!repairer.fix(path, discriminator)) {
      return {
        ok: false,
        error: `案件データの「${path.join('.') || '全体'}」を読み取れません（${issue.message}）。`,
      };
    }
  }
  return { ok: false, error: '案件データの修復を繰り返しても読み取れる形になりませんでした。' };
}
