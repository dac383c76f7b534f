import { parentPort } from 'node:worker_threads';
import { renderWorkspaceDocuments, type RenderRequest } from './render-workspace.js';

// Rendering takes hundreds of milliseconds to seconds; it runs here so the main process (and
// with it every window) stays responsive. One request at a time, answered by id.
if (!parentPort) throw new Error('render-worker must run as a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; request: RenderRequest }) => {
  renderWorkspaceDocuments(message.request).then(
    (result) => port.postMessage({ id: message.id, ok: true, result }, [result.packet.buffer as ArrayBuffer]),
    (error: unknown) =>
      port.postMessage({
        id: message.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
