import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Where everything lives under the data directory; one place so services and tests agree. */
export interface StoreLayout {
  dataDir: string;
  /** One durable JSON file per workspace: `<id>.json`. */
  workspaces: string;
  /** Rolling copies per workspace: `backups/<id>/<stamp>.json`. */
  backups: string;
  /** Files that could not be read are moved here and never deleted. */
  damaged: string;
  /** Content-addressed attachment bytes: `attachments/<sha256>`. */
  attachments: string;
  /** Who has a workspace open (`<id>.lock`) and the short save mutex (`<id>.saving`). */
  locks: string;
  /** Versions a save refused to write over another PC's: `conflicts/<id>/<stamp>.json`. */
  conflicts: string;
}

export const storeLayout = (dataDir: string): StoreLayout => ({
  dataDir,
  workspaces: join(dataDir, 'workspaces'),
  backups: join(dataDir, 'backups'),
  damaged: join(dataDir, 'damaged'),
  attachments: join(dataDir, 'attachments'),
  locks: join(dataDir, 'locks'),
  conflicts: join(dataDir, 'conflicts'),
});

/** Workspace ids name files, so only a safe alphabet is accepted (UUIDs fit). */
export const WORKSPACE_ID_PATTERN = /^[A-Za-z0-9-]{1,100}$/;

/**
 * The ids of the workspace files in `dir`. Temp files are removed on the way: a temp file is a
 * save that never reached its rename, whose caller was never told it succeeded, and the previous
 * version is still in place, so it is not user data.
 */
export const workspaceFileIds = async (dir: string): Promise<string[]> => {
  const ids: string[] = [];
  for (const name of await readdir(dir)) {
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      await rm(join(dir, name), { force: true }).catch(() => undefined);
      continue;
    }
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
    if (WORKSPACE_ID_PATTERN.test(id)) ids.push(id);
  }
  return ids;
};
