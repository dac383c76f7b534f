import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IpcError } from '../../../shared/ipc/errors.js';
import { loadWorkspace } from '../../../shared/model/load.js';
import type { WorkspaceStore } from '../store/workspace-store.js';
import type { LivePreview, LivePreviewRequest } from './live-preview.js';
import type { RenderRequest, RenderResult } from './render-workspace.js';

interface Pending {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

/**
 * Runs PDF rendering in a worker thread (built as out/main/render-worker.js) so the main
 * process never blocks; the worker is started on first use and reused.
 */
export const createRenderClient = (workerUrl: URL) => {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = new Worker(workerUrl);
    w.on('message', (m: { id: number; ok: boolean; result?: never; message?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if (m.ok && m.result) p.resolve(m.result);
      else p.reject(new IpcError('internal', `PDFを作成できませんでした: ${m.message ?? '不明なエラー'}`));
    });
    w.on('error', (error: Error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      worker = null;
    });
    worker = w;
    return w;
  };

  const call = <T>(kind: 'workspace' | 'live', request: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ensure().postMessage({ id, kind, request });
    });
  // The same worker (and document cache) renders the packet and the live preview.
  return Object.assign((request: RenderRequest) => call<RenderResult>('workspace', request), {
    live: (request: LivePreviewRequest) => call<LivePreview>('live', request),
  });
};

export type RenderFunction = (request: RenderRequest) => Promise<RenderResult>;

/** The preview channel: the whole packet of a stored workspace, marked 「下書き」 while it has errors. */
export const createPreviewRenderer = ({
  store,
  appRoot,
  render,
}: {
  store: WorkspaceStore;
  appRoot: string;
  render: RenderFunction;
}) => {
  return async (workspaceId: string, options: { combined?: boolean } = {}) => {
    const { workspace } = await store.get(workspaceId);
    const result = await render({
      workspace,
      appRoot,
      force: true,
      combined: options.combined === true,
      attachmentDirs: [store.layout.attachments],
    });
    return { pdf: result.packet, pages: result.pageCount };
  };
};

/**
 * Documents laid out once at app start: between them they use every face the forms print (明朝 and
 * ゴシック, regular and bold), so the first render the user asks for finds react-pdf loaded, the
 * fonts parsed and the layout code compiled (bench/render.ts: the first render after it).
 */
export const WARM_UP_DOCUMENTS = ['participation-review', 'mailing-label'];

/**
 * Gives the render worker its head start with the bundled sample, while the user is still on the
 * workspace list. Nothing is kept (cache off) and a failure only returns false: the real render
 * reports its own errors.
 */
export const warmUpRenderer = async (
  render: RenderFunction,
  samplePath: string,
  appRoot: string,
): Promise<boolean> => {
  try {
    const loaded = loadWorkspace(JSON.parse(await readFile(samplePath, 'utf8')));
    if (!loaded.ok) return false;
    await render({
      workspace: loaded.workspace,
      appRoot,
      force: true,
      attachmentDirs: [join(dirname(samplePath), 'attachments')],
      documentIds: WARM_UP_DOCUMENTS,
      cache: false,
    });
    return true;
  } catch {
    // Only a head start.
    return false;
  }
};
