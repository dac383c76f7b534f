import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { LivePreviewRequest } from './live-preview.js';
import type { RenderRequest } from './render-workspace.js';

// Rendering takes hundreds of milliseconds to seconds; it runs here so the main process (and
// with it every window) stays responsive. One request at a time, answered by id.
if (!parentPort) throw new Error('render-worker must run as a worker thread');
const port = parentPort;

// Node keeps the compiled code of react-pdf, pdf-lib and the forms on disk, so from the second app
// start on the first render loads its modules faster. Enabled before they are imported, hence the
// dynamic import below.
enableCompileCache();
// The packaged app sets no NODE_ENV, and React (under the PDF templates) would load its development
// build, ~5 % slower to render. `electron-vite dev` sets 'development', which is kept.
process.env.NODE_ENV ??= 'production';
const { renderWorkspaceDocuments } = await import('./render-workspace.js');
const { renderLivePreview } = await import('./live-preview.js');

type Message =
  | { id: number; kind?: 'workspace'; request: RenderRequest }
  | { id: number; kind: 'live'; request: LivePreviewRequest };

const work = (message: Message): Promise<{ result: unknown; transfer: ArrayBuffer }> =>
  message.kind === 'live'
    ? renderLivePreview(message.request).then((result) => ({
        result,
        transfer: result.pdf.buffer as ArrayBuffer,
      }))
    : renderWorkspaceDocuments(message.request).then((result) => ({
        result,
        transfer: result.packet.buffer as ArrayBuffer,
      }));

port.on('message', (message: Message) => {
  work(message).then(
    ({ result, transfer }) => port.postMessage({ id: message.id, ok: true, result }, [transfer]),
    (error: unknown) =>
      port.postMessage({
        id: message.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
