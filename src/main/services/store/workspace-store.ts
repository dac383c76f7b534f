import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceSummary } from '../../../shared/ipc/contract.js';
import { IpcError } from '../../../shared/ipc/errors.js';
import { WORKSPACE_FORMAT_VERSION, type Workspace } from '../../../shared/model/workspace.js';
import { Backups, type BackupEntry } from './backups.js';
import { loadConfigBackend, openConfigFile, type ConfigBackend } from './config-files.js';
import { probeWritable, writeFileDurably } from './durable-write.js';
import { errnoCode, toIoError } from './io-errors.js';
import { storeLayout, WORKSPACE_ID_PATTERN, type StoreLayout } from './layout.js';
import { formatTokyoTime, type StoreNotice } from './notices.js';
import { parseWorkspaceBytes } from './parse-workspace.js';
import { moveAside } from './quarantine.js';
import { DEFAULT_RETENTION, type RetentionPolicy } from './retention.js';
import { SETTINGS_VERSION, SettingsSchema, SettingsStore } from './settings.js';
import { INDEX_VERSION, WorkspaceIndex, WorkspaceIndexSchema, type IndexEntry } from './workspace-index.js';
import { currentHolder, type LockHolder } from './lock-holder.js';
import { SaveGuard } from './save-guard.js';
import { WorkspaceLocks, type LockTiming } from './workspace-lock.js';

export interface LoadedWorkspace {
  workspace: Workspace;
  readOnly: boolean;
  /** Japanese: what was repaired or recovered while loading. */
  repairs: string[];
}

export interface WorkspaceStoreOptions {
  retention?: RetentionPolicy;
  /** Defaults to electron-store inside Electron and its base class `conf` elsewhere. */
  configBackend?: ConfigBackend;
  /** Who this store is on a shared folder (tests run two "PCs" on one folder). */
  holder?: LockHolder;
  lockTiming?: LockTiming;
  clock?: () => Date;
}

type LoadResult =
  | { status: 'ok'; loaded: LoadedWorkspace }
  /** Exactly the bytes this app last wrote (start-up check only, not parsed again). */
  | { status: 'verified' }
  | { status: 'missing' }
  /** Written by a newer version in a shape this one cannot read: left untouched. */
  | { status: 'newer-unreadable'; message: string }
  /** Damaged and no good backup: the file is kept aside. */
  | { status: 'lost'; message: string };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const encoder = new TextEncoder();
const isMissing = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** electron-store's atomic writer leaves `<name>.json.tmp-<id>` behind when killed mid-write. */
const removeStaleConfigTemps = async (dataDir: string): Promise<void> => {
  for (const name of await readdir(dataDir).catch(() => [] as string[])) {
    if (/^(settings|workspace-index-v\d+)\.json\.tmp-[0-9a-f]+$/.test(name))
      await rm(join(dataDir, name), { force: true }).catch(() => undefined);
  }
};

/**
 * The workspaces of one data directory. Each workspace is one JSON file written durably
 * (`workspaces/<id>.json`), every save is also kept as a rolling backup, and the electron-store
 * index holds the list summaries and the hash of every file. Opening the store checks every file;
 * a damaged one is moved to `damaged/`, the newest good backup takes its place, and
 * {@link WorkspaceStore.notices} says what happened. Opening never fails because of a damaged file.
 */
export class WorkspaceStore {
  /** What the user must be told about this start (recoveries, read-only files, reset config). */
  readonly notices: StoreNotice[];
  readonly layout: StoreLayout;
  readonly settings: SettingsStore;
  /** Who has which workspace open; the IPC handlers take and check them. */
  readonly locks: WorkspaceLocks;
  private readonly guard: SaveGuard;
  private readonly index: WorkspaceIndex;
  private readonly backups: Backups;
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Newer-format files this version cannot read; never written over. */
  private readonly untouchable = new Map<string, string>();

  private constructor(parts: {
    layout: StoreLayout;
    index: WorkspaceIndex;
    settings: SettingsStore;
    backups: Backups;
    notices: StoreNotice[];
    locks: WorkspaceLocks;
    guard: SaveGuard;
  }) {
    this.locks = parts.locks;
    this.guard = parts.guard;
    this.layout = parts.layout;
    this.index = parts.index;
    this.settings = parts.settings;
    this.backups = parts.backups;
    this.notices = parts.notices;
  }

  /**
   * Opens (creating if needed) the store in `dataDir` and checks every workspace file. A folder
   * that cannot be created or read fails with a Japanese message ({@link toIoError}); one that
   * opens but takes no writes (read-only drive, full disk) opens with an error notice saying so.
   */
  static async open(dataDir: string, options: WorkspaceStoreOptions = {}): Promise<WorkspaceStore> {
    try {
      return await WorkspaceStore.openUnchecked(dataDir, options);
    } catch (error) {
      throw toIoError(error, `データフォルダ（${dataDir}）を開くことが`);
    }
  }

  private static async openUnchecked(
    dataDir: string,
    options: WorkspaceStoreOptions,
  ): Promise<WorkspaceStore> {
    const layout = storeLayout(dataDir);
    await mkdir(layout.workspaces, { recursive: true });
    await mkdir(layout.backups, { recursive: true });
    const notices: StoreNotice[] = [];
    const unwritable = await probeWritable(dataDir);
    if (unwritable) {
      notices.push({
        level: 'error',
        message: `${toIoError(unwritable, `データフォルダ（${dataDir}）に書き込むことが`).message}このままでは入力した内容を保存できません（案件を開いて見ることはできます）。`,
      });
    }
    await removeStaleConfigTemps(dataDir);
    const backend = options.configBackend ?? (await loadConfigBackend());
    const index = await openConfigFile(
      backend,
      {
        cwd: dataDir,
        name: `workspace-index-v${INDEX_VERSION}`,
        damagedDir: layout.damaged,
        label: '案件一覧の索引',
        currentVersion: INDEX_VERSION,
      },
      WorkspaceIndexSchema,
      notices,
    );
    const settings = await openConfigFile(
      backend,
      {
        cwd: dataDir,
        name: 'settings',
        damagedDir: layout.damaged,
        label: 'アプリの設定',
        currentVersion: SETTINGS_VERSION,
      },
      SettingsSchema,
      notices,
    );
    const store = new WorkspaceStore({
      layout,
      index: new WorkspaceIndex(index.file, index.value, index.readOnly),
      settings: new SettingsStore(settings.file, settings.value, settings.readOnly),
      backups: new Backups(layout.backups, options.retention ?? DEFAULT_RETENTION),
      notices,
      ...WorkspaceStore.sharing(layout, options),
    });
    await store.checkAll();
    return store;
  }

  private static sharing(layout: StoreLayout, options: WorkspaceStoreOptions) {
    const holder = options.holder ?? currentHolder();
    return {
      locks: new WorkspaceLocks(layout.locks, holder, options.lockTiming, options.clock),
      guard: new SaveGuard(layout.locks, layout.conflicts, holder),
    };
  }

  /**
   * Whether bytes the index does not know are a save by another app on the same (shared) data
   * folder: every save writes a backup of the same bytes, so they are among the newest backups.
   */
  private async savedElsewhere(id: string, hash: string): Promise<boolean> {
    const among = async (newest: number): Promise<boolean> => {
      for (const backup of (await this.backups.list(id)).slice(0, newest)) {
        const bytes = await this.backups.read(id, backup.backupId).catch(() => null);
        if (bytes && sha256(bytes) === hash) return true;
      }
      return false;
    };
    // A save under way elsewhere may have renamed its file before its backup landed.
    if (await among(3)) return true;
    await this.guard.waitForSaves(id);
    return among(20);
  }

  private fileOf(id: string): string {
    if (!WORKSPACE_ID_PATTERN.test(id)) {
      throw new IpcError('invalid-input', `案件IDの形式が正しくありません: ${id.slice(0, 40)}`);
    }
    return join(this.layout.workspaces, `${id}.json`);
  }

  /** Runs tasks on one workspace one after another, so two saves never interleave. */
  private serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }

  private async checkAll(): Promise<void> {
    const names = await readdir(this.layout.workspaces);
    const seen = new Set<string>();
    for (const name of names) {
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        // A temp file is a save that never reached its rename: the caller was never told it
        // succeeded and the previous version is still in place, so it is not user data.
        await rm(join(this.layout.workspaces, name), { force: true }).catch(() => undefined);
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      if (!WORKSPACE_ID_PATTERN.test(id)) continue;
      seen.add(id);
      await this.checkOne(id);
    }
    for (const id of this.index.ids()) {
      if (!seen.has(id)) await this.checkOne(id);
    }
  }

  /** One workspace's start-up check; even a failing recovery must not stop the app from starting. */
  private async checkOne(id: string): Promise<void> {
    try {
      await this.load(id, { trustKnownHash: true });
    } catch (error) {
      const reason = toIoError(error, '読み込み').message.replace(/。$/, '');
      this.notices.push({
        level: 'error',
        message: `案件ファイル ${id}.json を確認できませんでした（${reason}）。ファイルはそのまま残しています。データフォルダの権限と空き容量を確認してから、アプリを再起動してください。`,
        workspaceId: id,
      });
    }
  }

  /**
   * Reads, verifies and (when needed) recovers one workspace. With `trustKnownHash`, a file whose
   * hash the index recorded is not parsed again (start-up of a store with large workspaces).
   */
  private async load(id: string, { trustKnownHash = false } = {}): Promise<LoadResult> {
    const file = this.fileOf(id);
    const entry = this.index.get(id);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if (!isMissing(error)) throw toIoError(error, '案件ファイルを読み込み');
      if (!entry) return { status: 'missing' };
      if (entry.previousSha256 === null && (await this.backups.list(id)).length === 0) {
        // The first save of a new workspace was interrupted before its file existed: nothing was lost.
        this.forgetQuietly(id);
        return { status: 'missing' };
      }
      return this.recover(id, null, 'ファイルが見つかりません', entry);
    }
    const hash = sha256(bytes);
    const known = entry !== undefined && (hash === entry.sha256 || hash === entry.previousSha256);
    if (trustKnownHash && entry && hash === entry.sha256) {
      if (entry.readOnly) {
        this.notices.push({
          level: 'info',
          message: `案件「${entry.title || id}」は新しい版のアプリで保存されているため、読み取り専用で開きます。`,
          workspaceId: id,
        });
      }
      return { status: 'verified' };
    }
    const parsed = parseWorkspaceBytes(bytes);
    if (!parsed.ok) {
      if (parsed.newer) {
        const message = `案件ファイル ${file} は新しい版のアプリで保存されていて、この版では開けません（${parsed.reason}）。ファイルはそのまま残しています。最新版のアプリで開いてください。`;
        if (!this.untouchable.has(id)) this.notices.push({ level: 'warning', message, workspaceId: id });
        this.untouchable.set(id, message);
        return { status: 'newer-unreadable', message };
      }
      return this.recover(id, file, parsed.reason, entry);
    }
    // A newer version may have rewritten the file with an index of its own: not damage, never
    // replaced. Nor is a mismatch when the index is a newer app's, which this one cannot update
    // (its hashes are that app's, not those of this app's later saves), or a save by another PC.
    if (
      entry &&
      !known &&
      !parsed.readOnly &&
      !this.index.readOnly &&
      !(await this.savedElsewhere(id, hash))
    ) {
      return this.recover(
        id,
        file,
        'アプリが保存した内容と一致しません（ディスク上で壊れたか、アプリの外で書き換えられた可能性があります）',
        entry,
      );
    }
    if (parsed.workspace.id !== id) return this.recover(id, file, '案件IDがファイル名と一致しません', entry);
    const { workspace, readOnly, repairs } = parsed;
    if (
      !entry ||
      entry.sha256 !== hash ||
      entry.readOnly !== readOnly ||
      entry.updatedAt !== workspace.updatedAt
    ) {
      this.rememberQuietly(id, this.entryFor(workspace, readOnly, hash, null));
    }
    if (readOnly && trustKnownHash) {
      this.notices.push({
        level: 'info',
        message: `「${workspace.title || id}」: ${repairs.join('')}`,
        workspaceId: id,
      });
    }
    return { status: 'ok', loaded: { workspace, readOnly, repairs } };
  }

  /**
   * Index updates while reading: the index is a summary of what the files say, so failing to
   * write it (a read-only folder, already reported at open) must not stop a workspace loading.
   * The in-memory index is updated either way.
   */
  private rememberQuietly(id: string, entry: IndexEntry): void {
    try {
      this.index.set(id, entry);
    } catch (error) {
      if (!errnoCode(error)) throw error;
    }
  }

  private forgetQuietly(id: string): void {
    try {
      this.index.delete(id);
    } catch (error) {
      if (!errnoCode(error)) throw error;
    }
  }

  private entryFor(
    workspace: Workspace,
    readOnly: boolean,
    hash: string,
    previous: string | null,
  ): IndexEntry {
    return {
      title: workspace.title,
      providerName: workspace.provider.name,
      updatedAt: workspace.updatedAt,
      readOnly,
      sha256: hash,
      previousSha256: previous,
    };
  }

  /** Moves the damaged file aside and puts the newest good backup in its place. */
  private async recover(
    id: string,
    file: string | null,
    reason: string,
    entry: IndexEntry | undefined,
  ): Promise<LoadResult> {
    const keptAt = file ? await moveAside(file, this.layout.damaged) : undefined;
    const name = `「${entry?.title || id}」`;
    const where = keptAt ? `壊れたファイルは ${keptAt} に保管しています（削除していません）。` : '';
    for (const backup of await this.backups.list(id)) {
      const bytes = await this.backups.read(id, backup.backupId).catch(() => null);
      if (!bytes) continue;
      const parsed = parseWorkspaceBytes(bytes);
      if (!parsed.ok || parsed.readOnly || parsed.workspace.id !== id) continue;
      await this.writeVerified(id, bytes, parsed.workspace, null);
      const message = `案件${name}のファイルを読み込めませんでした（${reason}）。${formatTokyoTime(backup.savedAt)}のバックアップから復元しました。それ以降の変更は失われている可能性があるため、内容を確認してください。${where}`;
      this.notices.push({ level: 'warning', message, workspaceId: id, ...(keptAt ? { keptAt } : {}) });
      return { status: 'ok', loaded: { workspace: parsed.workspace, readOnly: false, repairs: [message] } };
    }
    this.forgetQuietly(id);
    const message = `案件${name}のファイルを読み込めませんでした（${reason}）。復元できるバックアップがないため、一覧から外しました。${where}書き出しファイル（.lgwanasp）があれば取り込んでください。`;
    this.notices.push({ level: 'error', message, workspaceId: id, ...(keptAt ? { keptAt } : {}) });
    return { status: 'lost', message };
  }

  /**
   * Replaces the workspace file. The index learns the new hash first (keeping the old one), so
   * whichever of the two files a crash leaves behind is recognised as this app's own.
   */
  private async writeVerified(
    id: string,
    bytes: Uint8Array,
    workspace: Workspace,
    previous: string | null,
  ): Promise<void> {
    const before = this.index.get(id);
    try {
      // Inside the try: the index itself is a file, and a full disk fails its write first.
      this.index.set(id, this.entryFor(workspace, false, sha256(bytes), previous));
      await writeFileDurably(this.fileOf(id), bytes);
    } catch (error) {
      // The old file is still in place; whatever the index file says, it knows the old hash.
      if (before) this.rememberQuietly(id, before);
      else this.forgetQuietly(id);
      throw toIoError(error, '案件を保存');
    }
  }

  /** Summaries for the workspace list, newest first (from the index: no file is parsed). */
  async list(): Promise<WorkspaceSummary[]> {
    return this.index.summaries();
  }

  /**
   * Loads one workspace; a file damaged since start-up is recovered here the same way. With
   * `forEditing`, later saves are checked against this version (see {@link SaveGuard}).
   */
  async get(id: string, { forEditing = false } = {}): Promise<LoadedWorkspace> {
    const result = await this.load(id);
    switch (result.status) {
      case 'ok': {
        const hash = this.index.get(id)?.sha256;
        if (forEditing && hash) this.guard.remember(id, hash);
        return result.loaded;
      }
      case 'verified':
        throw new IpcError('internal', '内部エラー: 案件の読み込み方法が正しくありません。');
      case 'missing':
        throw new IpcError('not-found', '案件が見つかりません。一覧を更新してください。');
      case 'newer-unreadable':
        throw new IpcError('read-only', result.message);
      case 'lost':
        throw new IpcError('io', result.message);
    }
  }

  /** Saves durably and keeps a backup; refuses files a newer version owns. */
  async save(workspace: Workspace, now = new Date()): Promise<{ savedAt: string }> {
    this.fileOf(workspace.id);
    return this.serial(workspace.id, async () => {
      let entry = this.index.get(workspace.id);
      if (!entry) {
        const existing = await this.load(workspace.id).catch(() => null);
        if (existing?.status === 'ok') entry = this.index.get(workspace.id);
      }
      const untouchable = this.untouchable.get(workspace.id);
      if (untouchable) throw new IpcError('read-only', untouchable);
      if (entry?.readOnly || workspace.formatVersion > WORKSPACE_FORMAT_VERSION) {
        throw new IpcError(
          'read-only',
          'この案件は新しい版のアプリで作成されたため、読み取り専用で開いています。上書きしないよう保存しませんでした。',
        );
      }
      const savedAt = now.toISOString();
      const next: Workspace = { ...workspace, updatedAt: savedAt };
      const bytes = encoder.encode(`${JSON.stringify(next, null, 2)}\n`);
      // The backup is a separate file of the same bytes: writing both at once overlaps the two
      // fsyncs, so a save costs one durable write of latency, not two.
      // The guard's lock and conflict files are writes too: a folder that takes none fails in words.
      const [, backedUp] = await this.guard
        .guarded(workspace.id, this.fileOf(workspace.id), bytes, async () => {
          const both = await Promise.allSettled([
            this.writeVerified(workspace.id, bytes, next, entry?.sha256 ?? null),
            this.backups.add(workspace.id, bytes, now),
          ]);
          if (both[0].status === 'rejected') {
            // Backups list saved versions only: a save the user was told failed leaves none behind.
            if (both[1].status === 'fulfilled')
              await this.backups.remove(workspace.id, both[1].value.backupId).catch(() => undefined);
            throw both[0].reason;
          }
          return both;
        })
        .catch((error: unknown) => {
          throw toIoError(error, '案件を保存');
        });
      if (backedUp.status === 'rejected') {
        this.notices.push({
          level: 'warning',
          message: `案件「${next.title || next.id}」は保存しましたが、バックアップを作れませんでした。${toIoError(backedUp.reason, 'バックアップを作成').message}`,
          workspaceId: next.id,
        });
      }
      return { savedAt };
    });
  }

  /** Removes the workspace from the list. Its backups stay, so it can still be restored. */
  async delete(id: string): Promise<void> {
    const file = this.fileOf(id);
    return this.serial(id, async () => {
      if (this.untouchable.has(id)) throw new IpcError('read-only', this.untouchable.get(id) ?? '');
      try {
        await rm(file, { force: true });
        this.index.delete(id);
      } catch (error) {
        throw toIoError(error, '案件を削除');
      }
      this.guard.forget(id);
    });
  }

  /** The automatic backups of one workspace, newest first, for the restore screen. */
  async listBackups(id: string): Promise<BackupEntry[]> {
    this.fileOf(id);
    return this.backups.list(id);
  }

  /**
   * Makes a backup the current version. The version it replaces is itself a backup already (every
   * save makes one), so a restore can be undone from the same list.
   */
  async restoreBackup(id: string, backupId: string, now = new Date()): Promise<LoadedWorkspace> {
    this.fileOf(id);
    return this.serial(id, async () => {
      if (this.untouchable.has(id)) throw new IpcError('read-only', this.untouchable.get(id) ?? '');
      const bytes = await this.backups.read(id, backupId).catch((error: unknown) => {
        if (isMissing(error))
          throw new IpcError('not-found', 'そのバックアップは見つかりません。一覧を更新してください。');
        throw toIoError(error, 'バックアップを読み込み');
      });
      const parsed = parseWorkspaceBytes(bytes);
      if (!parsed.ok || parsed.workspace.id !== id) {
        throw new IpcError(
          'io',
          `このバックアップは壊れているため復元できません。別の日時のバックアップを選んでください。`,
        );
      }
      if (parsed.readOnly) throw new IpcError('read-only', parsed.repairs.join(''));
      const backup = (await this.backups.list(id)).find((b) => b.backupId === backupId);
      const when = formatTokyoTime(backup?.savedAt ?? now.toISOString());
      const current = this.index.get(id);
      if (current) {
        const existing = await readFile(this.fileOf(id)).catch(() => null);
        if (existing)
          await this.backups.add(id, existing, now).catch((error: unknown) => {
            throw toIoError(error, '復元前の内容をバックアップ');
          });
      }
      await this.writeVerified(id, bytes, parsed.workspace, current?.sha256 ?? null);
      this.guard.remember(id, sha256(bytes));
      return {
        workspace: parsed.workspace,
        readOnly: false,
        repairs: [`${when}のバックアップから復元しました。復元前の内容もバックアップ一覧に残っています。`],
      };
    });
  }

  /**
   * Settles a save refused by {@link SaveGuard}. `mine` writes the kept copy over the file (whose
   * version stays in the backups); `theirs` opens the file as it is and puts the kept copy into
   * the backups, so the version not chosen can still be restored from the backup list.
   */
  async resolveConflict(id: string, conflictId: string, keep: 'mine' | 'theirs'): Promise<LoadedWorkspace> {
    const file = this.fileOf(id);
    const { bytes } = await this.guard.readConflict(id, conflictId);
    const disk = await readFile(file).catch(() => null);
    if (keep === 'theirs') {
      await this.backups.add(id, bytes);
      await this.guard.removeConflict(id, conflictId);
      return this.get(id, { forEditing: true });
    }
    const parsed = parseWorkspaceBytes(bytes);
    if (!parsed.ok)
      throw new IpcError('io', '保管した内容が壊れているため、もう一方の内容を開いてください。');
    if (disk) {
      const hash = sha256(disk);
      if (!(await this.savedElsewhere(id, hash))) await this.backups.add(id, disk);
      this.guard.remember(id, hash);
    }
    await this.save(parsed.workspace);
    await this.guard.removeConflict(id, conflictId);
    return this.get(id, { forEditing: true });
  }
}
