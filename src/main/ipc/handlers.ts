import { readFile } from 'node:fs/promises';
import { IpcError } from '../../shared/ipc/errors.js';
import { WorkspaceSchema, createWorkspace } from '../../shared/model/workspace.js';
import { newId } from '../../shared/model/primitives.js';
import type { WorkspaceStore } from '../services/store/workspace-store.js';
import type { Handlers } from './dispatch.js';

export interface HandlerDeps {
  store: WorkspaceStore;
  dataDir: string;
  version: string;
  /** The bundled sample workspace (forms/samples/sample-vendor.json). */
  samplePath: string;
  /** Renders the preview PDF of a workspace; runs off the main thread in the app. */
  renderPreview: (workspaceId: string) => Promise<{ pdf: Uint8Array; pages: number }>;
  notices?: string[];
}

/** The main-process side of every IPC channel; plain Node, used by Electron and by the E2E harness. */
export const createHandlers = (deps: HandlerDeps): Handlers => ({
  'app.info': async () => ({ version: deps.version, dataDir: deps.dataDir, notices: deps.notices ?? [] }),

  'workspaces.list': async () => deps.store.list(),

  'workspaces.create': async ({ title, from }) => {
    const now = new Date().toISOString();
    let workspace = createWorkspace(title);
    if (from === 'sample') {
      const sample = WorkspaceSchema.parse(JSON.parse(await readFile(deps.samplePath, 'utf8')));
      workspace = {
        ...sample,
        id: newId(),
        title: title || sample.title,
        createdAt: now,
        updatedAt: now,
        submissions: [],
      };
    }
    await deps.store.save(workspace);
    return workspace;
  },

  'workspaces.get': async ({ id }) => deps.store.get(id),

  'workspaces.save': async ({ workspace }) => {
    const current = await deps.store.get(workspace.id).catch((error: unknown) => {
      if (error instanceof IpcError && error.code === 'not-found') return null;
      throw error;
    });
    if (current?.readOnly) {
      throw new IpcError(
        'read-only',
        'この案件は新しい版のアプリで作成されたため、読み取り専用で開いています。',
      );
    }
    return deps.store.save(workspace);
  },

  'workspaces.delete': async ({ id }) => {
    await deps.store.delete(id);
    return { deleted: true as const };
  },

  'documents.renderPreview': async ({ workspaceId }) => deps.renderPreview(workspaceId),
});
