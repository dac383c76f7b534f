import { Worker } from 'node:worker_threads';
import { IpcError } from '../../../shared/ipc/errors.js';
import type { WorkspaceStore } from '../store/workspace-store.js';
import type { RenderRequest, RenderResult } from './render-workspace.js';

interface Pending {
  resolve: (result: RenderResult) => void;
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
    w.on('message', (m: { id: number; ok: boolean; result?: RenderResult; message?: string }) => {
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

  return (request: RenderRequest): Promise<RenderResult> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ensure().postMessage({ id, request });
    });
};

/** The preview channel: the whole packet of a stored workspace, rendered off the main thread. */
export const createPreviewRenderer = ({ store, appRoot }: { store: WorkspaceStore; appRoot: string }) => {
  const render = createRenderClient(new URL('./render-worker.js', import.meta.url));
  return async (workspaceId: string) => {
    const { workspace } = await store.get(workspaceId);
    const result = await render({
      workspace,
      appRoot,
      force: true,
      attachmentDirs: [store.layout.attachments],
    });
    return { pdf: result.packet, pages: result.pageCount };
  };
};
