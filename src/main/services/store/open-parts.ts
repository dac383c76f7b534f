import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Backups } from './backups.js';
import { loadConfigBackend, openConfigFile, type ConfigBackend } from './config-files.js';
import { probeWritable } from './durable-write.js';
import { toIoError } from './io-errors.js';
import { storeLayout, type StoreLayout } from './layout.js';
import { currentHolder, type LockHolder } from './lock-holder.js';
import type { StoreNotice } from './notices.js';
import { DEFAULT_RETENTION, type RetentionPolicy } from './retention.js';
import { SaveGuard } from './save-guard.js';
import { SETTINGS_VERSION, SettingsSchema, SettingsStore } from './settings.js';
import { INDEX_VERSION, WorkspaceIndex, WorkspaceIndexSchema } from './workspace-index.js';
import { WorkspaceLocks, type LockTiming } from './workspace-lock.js';

export interface WorkspaceStoreOptions {
  retention?: RetentionPolicy;
  /** Defaults to electron-store inside Electron and its base class `conf` elsewhere. */
  configBackend?: ConfigBackend;
  /** Who this store is on a shared folder (tests run two "PCs" on one folder). */
  holder?: LockHolder;
  lockTiming?: LockTiming;
  clock?: () => Date;
}

/** Everything a store is made of, opened from one data folder before any workspace is checked. */
export interface StoreParts {
  layout: StoreLayout;
  index: WorkspaceIndex;
  settings: SettingsStore;
  backups: Backups;
  notices: StoreNotice[];
  locks: WorkspaceLocks;
  guard: SaveGuard;
}

/** electron-store's atomic writer leaves `<name>.json.tmp-<id>` behind when killed mid-write. */
const removeStaleConfigTemps = async (dataDir: string): Promise<void> => {
  for (const name of await readdir(dataDir).catch(() => [] as string[])) {
    if (/^(settings|workspace-index-v\d+)\.json\.tmp-[0-9a-f]+$/.test(name))
      await rm(join(dataDir, name), { force: true }).catch(() => undefined);
  }
};

/**
 * Creates the folders, opens the index and the settings (a damaged one is reset with a notice)
 * and the shared-folder locks. A folder that opens but takes no writes (read-only drive, full
 * disk) opens with an error notice saying so: the user can still look at the workspaces.
 */
export const openStoreParts = async (
  dataDir: string,
  options: WorkspaceStoreOptions,
): Promise<StoreParts> => {
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
  const config = { cwd: dataDir, damagedDir: layout.damaged };
  const index = await openConfigFile(
    backend,
    {
      ...config,
      name: `workspace-index-v${INDEX_VERSION}`,
      label: '案件一覧の索引',
      currentVersion: INDEX_VERSION,
    },
    WorkspaceIndexSchema,
    notices,
  );
  const settings = await openConfigFile(
    backend,
    { ...config, name: 'settings', label: 'アプリの設定', currentVersion: SETTINGS_VERSION },
    SettingsSchema,
    notices,
  );
  const holder = options.holder ?? currentHolder();
  return {
    layout,
    index: new WorkspaceIndex(index.file, index.value, index.readOnly),
    settings: new SettingsStore(settings.file, settings.value, settings.readOnly),
    backups: new Backups(layout.backups, options.retention ?? DEFAULT_RETENTION),
    notices,
    locks: new WorkspaceLocks(layout.locks, holder, options.lockTiming, options.clock),
    guard: new SaveGuard(layout.locks, layout.conflicts, holder),
  };
};
