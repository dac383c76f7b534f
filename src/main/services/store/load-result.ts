import type { Workspace } from '../../../shared/model/workspace.js';

/** What reading one workspace file can come to. */
export interface LoadedWorkspace {
  workspace: Workspace;
  readOnly: boolean;
  /** Japanese: what was repaired or recovered while loading. */
  repairs: string[];
}

export type LoadResult =
  | { status: 'ok'; loaded: LoadedWorkspace }
  /** Exactly the bytes this app last wrote (start-up check only, not parsed again). */
  | { status: 'verified' }
  | { status: 'missing' }
  /** Written by a newer version in a shape this one cannot read: left untouched. */
  | { status: 'newer-unreadable'; message: string }
  /** Damaged and no good backup: the file is kept aside. */
  | { status: 'lost'; message: string };
