import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { syncDirectory } from './durable-write.js';

/**
 * Moves a file that could not be read into `damagedDir` under a dated name and returns its new
 * path. Damaged files are evidence and sometimes the only copy of recent work, so they are only
 * ever moved, never deleted or overwritten.
 */
export const moveAside = async (file: string, damagedDir: string, now = new Date()): Promise<string> => {
  await mkdir(damagedDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(damagedDir, `${stamp}-${randomBytes(3).toString('hex')}-${basename(file)}`);
  await rename(file, target);
  await syncDirectory(damagedDir);
  return target;
};
