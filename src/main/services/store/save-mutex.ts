import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { IpcError } from '../../../shared/ipc/errors.js';
import { isDeadLocalHolder, type LockHolder } from './lock-holder.js';

export interface MutexOptions {
  /** How long to wait for another saver before giving up. */
  waitMs: number;
  /** A mutex file older than this is left from a crash on another PC. */
  staleMs: number;
}
export const DEFAULT_MUTEX: MutexOptions = { waitMs: 15_000, staleMs: 60_000 };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Removes a mutex file left behind, by renaming it first so only one remover wins. */
const breakStale = async (path: string): Promise<void> => {
  const aside = `${path}.${randomBytes(4).toString('hex')}.stale`;
  await rename(path, aside).catch(() => undefined);
  await rm(aside, { force: true });
};

/**
 * Runs `task` while holding `path`, a file created exclusively (O_EXCL, which local disks and
 * SMB shares both honour): two processes — two PCs on one shared folder — never run the check
 * and write of one workspace's save at the same time. A mutex left by a crashed run of this PC
 * (its process is gone) or older than `staleMs` is broken.
 */
export const withFileMutex = async <T>(
  path: string,
  holder: LockHolder,
  task: () => Promise<T>,
  options: MutexOptions = DEFAULT_MUTEX,
): Promise<T> => {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ host: holder.host, pid: holder.pid, at: new Date() }));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await readFile(path, 'utf8').catch(() => null);
    const other = (() => {
      try {
        return JSON.parse(text ?? '') as { host?: unknown; pid?: unknown };
      } catch {
        return null;
      }
    })();
    const age = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    const deadHere =
      typeof other?.host === 'string' &&
      typeof other.pid === 'number' &&
      isDeadLocalHolder({ host: other.host, pid: other.pid }, holder);
    // An empty file is a creator killed before it wrote a byte: a few bytes take no time.
    const emptyLeftover = other === null && text !== null && age > 2_000;
    if (deadHere || emptyLeftover || age > options.staleMs) {
      await breakStale(path);
      continue;
    }
    if (Date.now() > deadline) {
      throw new IpcError(
        'io',
        '別のPCが同じ案件を保存している最中のため、保存できませんでした。しばらく待ってから、もう一度保存してください。',
      );
    }
    await sleep(10 + Math.random() * 30);
  }
  try {
    return await task();
  } finally {
    await rm(path, { force: true });
  }
};
