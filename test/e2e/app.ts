import type { BrowserContext, Page } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch, type Handlers } from '../../src/main/ipc/dispatch.js';
import { createHandlers, type PrintJobOptions, type PrintJobResult } from '../../src/main/ipc/handlers.js';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp.js';
import { allowDevOrigin } from '../../src/main/security/origin.js';
import { WorkspaceStore } from '../../src/main/services/store/workspace-store.js';
import { createPreviewRenderer, createRenderClient } from '../../src/main/services/render/render-client.js';
import { renderWorkspaceDocuments } from '../../src/main/services/render/render-workspace.js';
import { renderLivePreview } from '../../src/main/services/render/live-preview.js';
import { createAttachmentFiles } from '../../src/main/services/attachments/attachment-files.js';

/**
 * The end-to-end harness: the real renderer build runs in Chromium, and `window.api` forwards
 * to the real main-process handlers in this Node process (real files, real PDFs). Only
 * Electron's transport is replaced, by a Playwright binding that reports the calling frame so
 * the real sender check still runs.
 */
export const ORIGIN = 'http://127.0.0.1:5999';
const RENDERER_DIR = resolve('out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.mjs': 'text/javascript',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface AppFixture {
  page: Page;
  dataDir: string;
  store: WorkspaceStore;
  handlers: Handlers;
  /** Requests that tried to leave the app's own origin (must stay empty). */
  externalRequests: string[];
  /** Reloads the renderer like a restart of the window. */
  reload: () => Promise<void>;
  /**
   * The only test doubles: what the system dialogs answer and which files were handed to the
   * system viewer. Everything behind them (rendering, writing, storing) is real.
   */
  desktop: {
    chosenFolder: string | null;
    chosenFile: string | null;
    opened: string[];
    /** What the system lists as printers. */
    printers: { name: string; displayName: string }[];
    /** How the vector route (PDF viewer in a hidden window) answers; 'failed' sends the job to the fallback. */
    pdfPrintAnswer: PrintJobResult;
    /** Files handed to the vector route, with the print arguments. */
    printedFiles: { path: string; options: PrintJobOptions; bytes: Uint8Array }[];
    /** The app window as printed by the raster fallback: Chromium's own print of the page (page.pdf). */
    printedWindows: { options: PrintJobOptions; pdf: Uint8Array }[];
  };
}

const API_SHIM = `
(() => {
  const listeners = new Map();
  // Bytes cross the test bridge as {__bytes: base64}, both ways.
  const toWire = (v) => {
    if (v instanceof Uint8Array) {
      let s = '';
      for (let i = 0; i < v.length; i += 0x8000) s += String.fromCharCode.apply(null, v.subarray(i, i + 0x8000));
      return { __bytes: btoa(s) };
    }
    if (Array.isArray(v)) return v.map(toWire);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toWire(x)]));
    return v;
  };
  const call = async (channel, input) => {
    const result = await window.__lgwanInvoke(channel, toWire(input ?? {}));
    if (!result.ok) {
      const error = new Error(result.error.message);
      error.name = 'IpcError';
      error.code = result.error.code;
      error.details = result.error.details;
      throw error;
    }
    const value = result.value;
    return revive(value);
  };
  // Bytes cross the test bridge as {__bytes: base64}; turn them back into Uint8Array.
  const revive = (v) => {
    if (v && typeof v === 'object') {
      if (typeof v.__bytes === 'string') return Uint8Array.from(atob(v.__bytes), (c) => c.charCodeAt(0));
      for (const k of Object.keys(v)) v[k] = revive(v[k]);
    }
    return v;
  };
  const api = new Proxy({}, {
    get: (_t, name) => {
      if (name === 'on') return (event, fn) => {
        const set = listeners.get(event) ?? new Set();
        set.add(fn);
        listeners.set(event, set);
        return () => set.delete(fn);
      };
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (input) => call(name, input);
    },
  });
  window.__lgwanEmit = (event, payload) => listeners.get(event)?.forEach((fn) => fn(payload));
  Object.defineProperty(window, 'api', { value: api, writable: false });
})();
`;

const fromWire = (value: unknown): unknown => {
  if (value && typeof value === 'object') {
    const bytes = (value as { __bytes?: unknown }).__bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    if (Array.isArray(value)) return value.map(fromWire);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
};

const toWire = (value: unknown): unknown => {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  }
  return value;
};

const serve = async (context: BrowserContext, externalRequests: string[]): Promise<void> => {
  const root = resolve(RENDERER_DIR);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      externalRequests.push(url.toString());
      return route.abort('blockedbyclient');
    }
    const path = resolve(root, `.${url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname)}`);
    if (!path.startsWith(root + sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(path);
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
};

// As in the app, PDFs are rendered in the built worker thread (out/main/render-worker.js, from
// `electron-vite build`), so rendering never blocks the handlers — or the test driving the page.
// Without a main build (renderer-only builds) they are rendered in this process instead.
const WORKER = resolve('out/main/render-worker.js');
let shared: ReturnType<typeof createRenderClient> | null = null;
const renderer = () => {
  if (!existsSync(WORKER)) return Object.assign(renderWorkspaceDocuments, { live: renderLivePreview });
  const client = shared ?? createRenderClient(pathToFileURL(WORKER));
  shared = client;
  return client;
};

/**
 * Starts the app in a browser context: real handlers over a temporary data folder, the built
 * renderer served from ORIGIN. Used by the test fixture and by bench/ui.ts.
 */
export const startApp = async (
  context: BrowserContext,
  options: { beforeLoad?: (handlers: Handlers) => Promise<void> } = {},
): Promise<AppFixture & { close: () => Promise<void> }> => {
  allowDevOrigin(ORIGIN);
  const dataDir = await mkdtemp(join(tmpdir(), 'lgwan-e2e-'));
  const store = await WorkspaceStore.open(dataDir);
  const render = renderer();
  const desktop: AppFixture['desktop'] = {
    chosenFolder: null,
    chosenFile: null,
    opened: [],
    printers: [{ name: 'Office-LBP-3F', displayName: '3階 事務室 レーザープリンタ' }],
    pdfPrintAnswer: { status: 'printed' },
    printedFiles: [],
    printedWindows: [],
  };
  let page: Page | null = null;
  const handlers = createHandlers({
    store,
    dataDir,
    version: 'e2e',
    samplePath: resolve('forms/samples/sample-vendor.json'),
    renderPreview: createPreviewRenderer({ store, appRoot: resolve('.'), render }),
    renderLivePreview: (input) =>
      render.live({ ...input, appRoot: resolve('.'), attachmentDirs: [store.layout.attachments] }),
    renderDocuments: (workspace, options) =>
      render({
        workspace,
        appRoot: resolve('.'),
        force: true,
        combined: options?.combined === true,
        attachmentDirs: [store.layout.attachments],
      }),
    attachments: createAttachmentFiles(dataDir),
    desktop: {
      chooseFolder: async () => desktop.chosenFolder,
      chooseSaveFile: async () => desktop.chosenFile,
      chooseOpenFile: async () => desktop.chosenFile,
      openPath: async (path) => {
        desktop.opened.push(path);
      },
      listPrinters: async () => desktop.printers,
      printPdfFile: async (path, options) => {
        desktop.printedFiles.push({ path, options, bytes: new Uint8Array(await readFile(path)) });
        return desktop.pdfPrintAnswer;
      },
      // What Electron's webContents.print of the app window would print: the page in print media,
      // A4 from the print stylesheet's @page rule.
      printWindow: async (options) => {
        if (!page) return { status: 'failed', reason: 'no page' };
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        desktop.printedWindows.push({ options, pdf: new Uint8Array(pdf) });
        return { status: 'printed' };
      },
    },
    emit: (event, payload) => {
      void page
        ?.evaluate(
          ([e, p]) =>
            (globalThis as unknown as { __lgwanEmit: (e: string, p: unknown) => void }).__lgwanEmit(e, p),
          [event, payload] as const,
        )
        .catch(() => undefined);
    },
    tempDir: join(dataDir, 'opened'),
  });
  await options.beforeLoad?.(handlers);
  const externalRequests: string[] = [];
  await serve(context, externalRequests);
  await context.exposeBinding('__lgwanInvoke', async (source, channel: unknown, wirePayload: unknown) => {
    const payload = fromWire(wirePayload);
    const result = await dispatch(handlers, channel, payload, {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
    });
    return toWire(result);
  });
  await context.addInitScript(API_SHIM);
  const opened = await context.newPage();
  page = opened;
  // A renderer crash shows as a blank page in the trace; print its cause where the test output is.
  opened.on('pageerror', (error) => console.error(`[renderer] ${error.message}`));
  await opened.goto(`${ORIGIN}/index.html`);
  return {
    page: opened,
    desktop,
    dataDir,
    store,
    handlers,
    externalRequests,
    reload: async () => {
      await opened.reload();
    },
    // A save may still be landing when the page closes; retry instead of failing on ENOTEMPTY.
    close: () => rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }),
  };
};
