import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../../shared/ipc/errors.js';
import { writeFileDurably } from './durable-write.js';
import type { LockHolder } from './lock-holder.js';
import { toIoError } from './io-errors.js';
import { formatTokyoTime } from './notices.js';
import { parseWorkspaceBytes } from './parse-workspace.js';
import { withFileMutex, type MutexOptions } from './save-mutex.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const CONFLICT_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}\.json$/;

/** What a refused save kept: the version this PC wanted to write, beside the one on disk. */
export interface ConflictCopy {
  conflictId: string;
  bytes: Uint8Array;
}

/**
 * Every save of one workspace checks, under a cross-process mutex, that the file on disk is still
 * the one this store loaded or last wrote. If another PC (or another copy of the app) saved in
 * between, nothing is overwritten: this save's bytes are kept in `conflicts/<id>/` and the save
 * fails with code `conflict`, naming the kept copy, so the user can choose which version stays.
 */
export class SaveGuard {
  /** The hash of the file each workspace was loaded from for editing, or last written as. */
  private readonly bases = new Map<string, string>();

  constructor(
    private readonly locksDir: string,
    private readonly conflictsDir: string,
    private readonly holder: LockHolder,
    private readonly mutex?: MutexOptions,
  ) {}

  remember(id: string, hash: string): void {
    this.bases.set(id, hash);
  }

  forget(id: string): void {
    this.bases.delete(id);
  }

  /** Runs `write` (which puts `bytes` into `file`) only if the disk still holds the base. */
  async guarded<T>(id: string, file: string, bytes: Uint8Array, write: () => Promise<T>): Promise<T> {
    await mkdir(this.locksDir, { recursive: true });
    return withFileMutex(
      join(this.locksDir, `${id}.saving`),
      this.holder,
      async () => {
        const base = this.bases.get(id);
        if (base !== undefined) {
          const disk = await readFile(file).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') return null;
            throw toIoError(error, '案件を保存');
          });
          if (disk && sha256(disk) !== base) throw await this.conflict(id, bytes, disk);
        }
        const result = await write();
        this.bases.set(id, sha256(bytes));
        return result;
      },
      this.mutex,
    );
  }

  /** Resolves once no save of `id` is under way in any process on this folder. */
  async waitForSaves(id: string): Promise<void> {
    await mkdir(this.locksDir, { recursive: true });
    await withFileMutex(join(this.locksDir, `${id}.saving`), this.holder, async () => undefined, this.mutex);
  }

  private async conflict(id: string, mine: Uint8Array, theirs: Uint8Array): Promise<IpcError> {
    const dir = join(this.conflictsDir, id);
    await mkdir(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    const conflictId = `${stamp}-${randomBytes(4).toString('hex')}.json`;
    await writeFileDurably(join(dir, conflictId), mine);
    const parsed = parseWorkspaceBytes(theirs);
    const when = parsed.ok ? `${formatTokyoTime(parsed.workspace.updatedAt)}に` : '';
    return new IpcError(
      'conflict',
      `この案件は、開いた後に別のPC（または別のウィンドウ）で${when}保存されています。上書きしないよう保存を止め、この画面の内容は別に保管しました。どちらの内容を残すか選んでください。`,
      [conflictId],
    );
  }

  async readConflict(id: string, conflictId: string): Promise<ConflictCopy> {
    if (!CONFLICT_ID.test(conflictId))
      throw new IpcError('invalid-input', `保管した内容の指定が正しくありません: ${conflictId.slice(0, 60)}`);
    const bytes = await readFile(join(this.conflictsDir, id, conflictId)).catch(() => {
      throw new IpcError('not-found', '保管した内容が見つかりません。すでに選び終えている可能性があります。');
    });
    return { conflictId, bytes };
  }

  async removeConflict(id: string, conflictId: string): Promise<void> {
    if (CONFLICT_ID.test(conflictId)) await rm(join(this.conflictsDir, id, conflictId), { force: true });
  }
}
