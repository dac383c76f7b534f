import type { LockInfo } from '../../shared/ipc/contract.js';
import { IpcError } from '../../shared/ipc/errors.js';
import { formatTokyoTime } from '../services/store/notices.js';
import type { LockRecord, LockStatus } from '../services/store/workspace-lock.js';
import type { LoadedWorkspace, WorkspaceStore } from '../services/store/workspace-store.js';

export const lockInfoOf = (holder: LockRecord, stale: boolean): LockInfo => ({
  user: holder.user,
  host: holder.host,
  since: holder.since,
  heartbeatAt: holder.heartbeatAt,
  stale,
});

/** 「yamada さん（PC名 SOUMU-PC02）が2026年12月3日 18:15から」 */
export const describeHolder = (holder: Pick<LockRecord, 'user' | 'host' | 'since'>): string =>
  `${holder.user} さん（PC名 ${holder.host}）が${formatTokyoTime(holder.since)}から`;

/** What `workspaces.get` answers: with who holds the lock when it is not this app. */
export type OpenedWorkspace = LoadedWorkspace & { lock?: LockInfo };

/** The loaded workspace as the renderer gets it: read-only, with who holds it, unless ours. */
export const withLock = (loaded: LoadedWorkspace, status: LockStatus): OpenedWorkspace =>
  status.state === 'mine'
    ? loaded
    : { ...loaded, readOnly: true, lock: lockInfoOf(status.holder, status.stale) };

/** Opens a workspace for editing: loads it and takes its lock (or says who has it). */
export const openForEditing = async (store: WorkspaceStore, id: string): Promise<OpenedWorkspace> => {
  const loaded = await store.get(id, { forEditing: true });
  if (loaded.readOnly) return loaded;
  return withLock(loaded, await store.locks.acquire(id));
};

/**
 * Before anything that writes a workspace: the lock must be ours (taken now if free). A lock
 * another PC holds — or took over while this one slept — refuses the write.
 */
export const assertLockHeld = async (store: WorkspaceStore, id: string, action: string): Promise<void> => {
  const status = await store.locks.acquire(id);
  if (status.state === 'mine') return;
  throw new IpcError(
    'read-only',
    `この案件は${describeHolder(status.holder)}開いているため、${action}できません。相手が案件を閉じてから、もう一度お試しください。`,
  );
};

/**
 * For a change made from the workspace list (rename, restore): the lock is taken for the change
 * only, so another PC is not shut out afterwards; if the workspace is open here, it stays held.
 */
export const withBriefLock = async <T>(
  store: WorkspaceStore,
  id: string,
  action: string,
  task: () => Promise<T>,
): Promise<T> => {
  const wasHeld = store.locks.isHeld(id);
  await assertLockHeld(store, id, action);
  try {
    return await task();
  } finally {
    if (!wasHeld) await store.locks.release(id);
  }
};
