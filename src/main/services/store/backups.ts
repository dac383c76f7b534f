import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../../shared/ipc/errors.js';
import type { Workspace } from '../../../shared/model/workspace.js';
import { writeFileDurably } from './durable-write.js';
import { parseWorkspaceBytes } from './parse-workspace.js';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from './retention.js';

/** One automatic backup of a workspace, as listed on the restore screen. */
export interface BackupEntry {
  /** File name inside the workspace's backup folder; pass it back to restore. */
  backupId: string;
  /** When the save that produced it happened (ISO). */
  savedAt: string;
  size: number;
}

// `2026-11-22T01-30-00-123Z-000042.json`: sortable by name, safe on Windows, and the sequence
// keeps two saves in the same millisecond apart.
const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([0-9a-z]{6})\.json$/;
let sequence = 0;

const nameFor = (now: Date): string => {
  sequence = (sequence + 1) % 36 ** 6;
  return `${now.toISOString().replace(/[:.]/g, '-')}-${sequence.toString(36).padStart(6, '0')}.json`;
};

const savedAtOf = (name: string): Date | null => {
  const m = NAME.exec(name);
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Rolling per-workspace backups under `<dataDir>/backups/<id>/`, pruned by the retention policy. */
export class Backups {
  constructor(
    private readonly root: string,
    private readonly policy: RetentionPolicy = DEFAULT_RETENTION,
  ) {}

  private dirOf(workspaceId: string): string {
    return join(this.root, workspaceId);
  }

  /** Stores a copy of exactly the bytes just saved, then prunes what the policy no longer keeps. */
  async add(workspaceId: string, bytes: Uint8Array, now = new Date()): Promise<BackupEntry> {
    const dir = this.dirOf(workspaceId);
    await mkdir(dir, { recursive: true });
    const backupId = nameFor(now);
    await writeFileDurably(join(dir, backupId), bytes);
    await this.prune(workspaceId, now);
    return { backupId, savedAt: now.toISOString(), size: bytes.byteLength };
  }

  /** Backup file names with their dates, newest first; unknown files are ignored, never removed. */
  private async named(workspaceId: string): Promise<{ backupId: string; savedAt: Date }[]> {
    const names = await readdir(this.dirOf(workspaceId)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    return names
      .flatMap((backupId) => {
        const savedAt = savedAtOf(backupId);
        return savedAt ? [{ backupId, savedAt }] : [];
      })
      .sort((a, b) => (a.backupId < b.backupId ? 1 : a.backupId > b.backupId ? -1 : 0));
  }

  /** Newest first, for the restore screen. */
  async list(workspaceId: string): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for (const { backupId, savedAt } of await this.named(workspaceId)) {
      const info = await stat(join(this.dirOf(workspaceId), backupId)).catch(() => null);
      if (info?.isFile()) entries.push({ backupId, savedAt: savedAt.toISOString(), size: info.size });
    }
    return entries;
  }

  async read(workspaceId: string, backupId: string): Promise<Uint8Array> {
    if (!savedAtOf(backupId)) {
      throw new IpcError('invalid-input', `バックアップの指定が正しくありません: ${backupId.slice(0, 60)}`);
    }
    return readFile(join(this.dirOf(workspaceId), backupId));
  }

  /** The newest backup that is this workspace in a shape this version writes: what recovery restores. */
  async newestGood(
    workspaceId: string,
  ): Promise<{ bytes: Uint8Array; workspace: Workspace; savedAt: string } | null> {
    for (const backup of await this.list(workspaceId)) {
      const bytes = await this.read(workspaceId, backup.backupId).catch(() => null);
      const parsed = bytes ? parseWorkspaceBytes(bytes) : null;
      if (bytes && parsed?.ok && !parsed.readOnly && parsed.workspace.id === workspaceId)
        return { bytes, workspace: parsed.workspace, savedAt: backup.savedAt };
    }
    return null;
  }

  /** Takes back the backup of a save whose main write failed. */
  async remove(workspaceId: string, backupId: string): Promise<void> {
    if (!savedAtOf(backupId)) return;
    await rm(join(this.dirOf(workspaceId), backupId), { force: true });
  }

  private async prune(workspaceId: string, now: Date): Promise<void> {
    const entries = await this.named(workspaceId);
    const keep = backupsToKeep(entries, now, this.policy);
    for (const entry of entries) {
      if (!keep.has(entry)) await rm(join(this.dirOf(workspaceId), entry.backupId), { force: true });
    }
  }
}
