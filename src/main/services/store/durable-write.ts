import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replace `path` so that a crash or power cut leaves either the old or the new content, never a
 * mix: write a temp file in the same directory, fsync it, rename over, fsync the directory
 * (STACK-NOTES "Storage").
 */
export const writeFileDurably = async (path: string, data: string | Uint8Array): Promise<void> => {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
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
