import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replace `path` so that a crash or power cut leaves either the old or the new content, never a
 * mix: write a temp file in the same directory, fsync it, rename over, fsync the directory
 * (STACK-NOTES "Storage"). A write that fails (disk full, drive gone) removes its temp file, so
 * a failure leaves exactly what was there before.
 */
export const writeFileDurably = async (path: string, data: string | Uint8Array): Promise<void> => {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
};

/** Makes a rename or a new name in `dir` survive a power cut. */
export const syncDirectory = async (dir: string): Promise<void> => {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/**
 * Whether `dir` takes a new file: a probe written durably and removed. Returns the failure
 * (EROFS, EACCES, ENOSPC …) or null.
 */
export const probeWritable = async (dir: string): Promise<unknown> => {
  const probe = join(dir, `.write-check.${randomBytes(6).toString('hex')}`);
  try {
    await writeFileDurably(probe, 'ok');
    await rm(probe, { force: true });
    return null;
  } catch (error) {
    return error;
  }
};
