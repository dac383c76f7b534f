import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isAllowedPrintRequest,
  printPdfInHiddenWindow,
  type PdfPrintDeps,
  type PrintWindow,
} from '../../../src/main/adapters/pdf-print.js';

// The vector route up to the last Electron call: what window is made, what it loads, the
// arguments of webContents.print, and how each answer (or failure to load) picks printed,
// cancelled or the raster fallback. The window is the only stand-in: BrowserWindow cannot run here.

interface Recorded {
  windowOptions: Record<string, unknown>[];
  loaded: string[];
  printCalls: Record<string, unknown>[];
  waits: number[];
  destroyed: number;
}

const harness = (behaviour: {
  load?: 'ok' | 'reject' | 'hang';
  answer?: [boolean, string];
  throwOnPrint?: boolean;
}) => {
  const rec: Recorded = { windowOptions: [], loaded: [], printCalls: [], waits: [], destroyed: 0 };
  let destroyed = false;
  const window: PrintWindow = {
    loadURL: (url) => {
      rec.loaded.push(url);
      if (behaviour.load === 'reject') return Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
      if (behaviour.load === 'hang') return new Promise<void>(() => undefined);
      return Promise.resolve();
    },
    webContents: {
      print: (options, callback) => {
        rec.printCalls.push(options);
        if (behaviour.throwOnPrint) throw new Error('Invalid deviceName provided');
        const [success, reason] = behaviour.answer ?? [true, ''];
        queueMicrotask(() => callback(success, reason));
      },
    },
    destroy: () => {
      destroyed = true;
      rec.destroyed += 1;
    },
    isDestroyed: () => destroyed,
  };
  const deps: PdfPrintDeps = {
    partition: 'lgwan-print',
    createWindow: (options) => {
      rec.windowOptions.push(options);
      return window;
    },
    settleMs: 800,
    loadTimeoutMs: 15_000,
    // A load that never finishes loses the race to the timeout at once.
    wait: (ms) => {
      rec.waits.push(ms);
      return behaviour.load === 'hang' || ms !== 15_000 ? Promise.resolve() : new Promise(() => undefined);
    },
  };
  return { rec, deps };
};

const PATH = '/data/opened/print/abc/印刷用.pdf';

describe('printPdfInHiddenWindow', () => {
  it('loads the file main wrote in a hidden, sandboxed window and prints it with the dialog, A4, no margins', async () => {
    const { rec, deps } = harness({});
    const result = await printPdfInHiddenWindow(deps, PATH, { copies: 3, printer: 'Office-LBP-3F' });
    expect(result).toEqual({ status: 'printed' });
    expect(rec.windowOptions).toEqual([
      {
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          partition: 'lgwan-print',
          plugins: true,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webviewTag: false,
          spellcheck: false,
          devTools: false,
        },
      },
    ]);
    expect(rec.windowOptions[0]!.webPreferences).not.toHaveProperty('preload');
    expect(rec.loaded).toEqual([pathToFileURL(PATH).toString()]);
    expect(rec.printCalls).toEqual([
      {
        silent: false,
        printBackground: true,
        copies: 3,
        collate: true,
        pageSize: 'A4',
        margins: { marginType: 'none' },
        deviceName: 'Office-LBP-3F',
      },
    ]);
    // The viewer gets time to lay the pages out before printing (blank pages otherwise).
    expect(rec.waits).toContain(800);
    expect(rec.destroyed).toBe(1);
  });

  it('leaves the printer to the system default when none is chosen', async () => {
    const { rec, deps } = harness({});
    await printPdfInHiddenWindow(deps, PATH, { copies: 1, printer: '' });
    expect(rec.printCalls[0]).not.toHaveProperty('deviceName');
    expect(rec.printCalls[0]).toMatchObject({ copies: 1, silent: false });
  });

  it('maps a closed dialog to cancelled and any other failure to the fallback, with its reason', async () => {
    const cancelled = harness({ answer: [false, 'cancelled'] });
    expect(await printPdfInHiddenWindow(cancelled.deps, PATH, { copies: 1, printer: '' })).toEqual({
      status: 'cancelled',
    });
    const failed = harness({ answer: [false, 'Print job failed'] });
    expect(await printPdfInHiddenWindow(failed.deps, PATH, { copies: 1, printer: '' })).toEqual({
      status: 'failed',
      reason: 'Print job failed',
    });
    const silent = harness({ answer: [false, ''] });
    expect(await printPdfInHiddenWindow(silent.deps, PATH, { copies: 1, printer: '' })).toEqual({
      status: 'failed',
      reason: '不明な理由',
    });
    expect(cancelled.rec.destroyed + failed.rec.destroyed + silent.rec.destroyed).toBe(3);
  });

  it('falls back without printing when the viewer cannot load the file or takes too long', async () => {
    for (const load of ['reject', 'hang'] as const) {
      const { rec, deps } = harness({ load });
      const result = await printPdfInHiddenWindow(deps, PATH, { copies: 1, printer: '' });
      expect(result).toEqual({ status: 'failed', reason: 'PDFビューアで印刷用のPDFを開けませんでした' });
      expect(rec.printCalls).toEqual([]);
      expect(rec.destroyed).toBe(1);
    }
  });

  it('falls back when the print call itself throws (an unknown printer name)', async () => {
    const { rec, deps } = harness({ throwOnPrint: true });
    const result = await printPdfInHiddenWindow(deps, PATH, { copies: 1, printer: 'gone' });
    expect(result).toEqual({ status: 'failed', reason: 'Invalid deviceName provided' });
    expect(rec.destroyed).toBe(1);
  });
});

describe('isAllowedPrintRequest', () => {
  const file = pathToFileURL(PATH).toString();
  it('lets only the one file and the PDF viewer’s own resources load', () => {
    expect(isAllowedPrintRequest(file, file)).toBe(true);
    expect(
      isAllowedPrintRequest('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', file),
    ).toBe(true);
    expect(isAllowedPrintRequest(pathToFileURL('/etc/passwd').toString(), file)).toBe(false);
    expect(isAllowedPrintRequest('https://example.com/track.png', file)).toBe(false);
    expect(isAllowedPrintRequest('not a url', file)).toBe(false);
    // Between jobs no file is allowed at all.
    expect(isAllowedPrintRequest(file, '')).toBe(false);
  });
});
