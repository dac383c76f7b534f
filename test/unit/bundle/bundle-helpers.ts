import { createHash } from 'node:crypto';
import { readdir, readFile, lstat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createWorkspace, type Workspace } from '../../../src/shared/model/workspace.js';
import type { CraftEntry } from './craft-zip.js';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Every path under `root` with its type and content hash: equal before and after = untouched. */
export const treeFingerprint = async (root: string): Promise<string> => {
  const lines: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      const info = await lstat(path);
      const rel = relative(root, path);
      if (info.isDirectory()) {
        lines.push(`d ${rel}`);
        await walk(path);
      } else
        lines.push(
          `${info.isSymbolicLink() ? 'l' : 'f'} ${rel} ${info.size} ${sha256(await readFile(path))}`,
        );
    }
  };
  await walk(root);
  return lines.join('\n');
};

export const sampleWorkspace = (): Workspace => createWorkspace('取り込み用の案件');

/**
 * A bundle that is valid apart from `extra`: manifest, one workspace, and every extra entry
 * listed in the manifest with its true hash, so only the hostile detail can be the reason it is
 * refused.
 */
export const bundleEntries = (extra: CraftEntry[] = [], ws: Workspace = sampleWorkspace()): CraftEntry[] => {
  const wsBytes = utf8(JSON.stringify(ws));
  const content: CraftEntry[] = [{ name: `workspaces/${ws.id}.json`, data: wsBytes }, ...extra];
  const manifest = {
    format: 'lgwan-asp-bundle',
    formatVersion: 1,
    appVersion: 'test',
    createdAt: '2026-11-22T00:00:00.000Z',
    workspaces: [{ id: ws.id, title: ws.title }],
    entries: content.map((e) => ({
      path: typeof e.name === 'string' ? e.name : new TextDecoder().decode(e.name),
      sha256: sha256(e.data),
      // A lying archive lies in its manifest too.
      size: e.declaredSize ?? e.data.byteLength,
    })),
  };
  return [{ name: 'manifest.json', data: utf8(JSON.stringify(manifest)) }, ...content];
};
