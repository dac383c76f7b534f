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
