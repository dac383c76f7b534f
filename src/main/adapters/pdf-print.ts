/**
 * Vector print: the PDF main wrote is loaded in a hidden window with Chromium's built-in PDF viewer
 * and printed with `webContents.print`, so the printer gets the PDF's own text and rules instead of
 * page pictures. Printing a loaded PDF this way was fixed upstream (electron/electron#43309 blank
 * pages, #47377 callback and dialog, #47378 silent printing; all in Electron ≥ 36, see docs/pdf.md).
 *
 * Electron-free: the window factory and the session are injected, so the chosen path (what is
 * loaded, the print call's arguments, how each answer maps to printed / cancelled / fallback) is
 * unit-tested in Node; only the last Electron call runs in the real app.
 */
import { pathToFileURL } from 'node:url';
import type { PrintJobOptions, PrintJobResult } from '../ipc/handlers.js';

/** The part of a BrowserWindow this adapter uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    print(
      options: Record<string, unknown>,
      callback: (success: boolean, failureReason: string) => void,
    ): void;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PdfPrintDeps {
  createWindow: (options: Record<string, unknown>) => PrintWindow;
  /** Session partition of the print window, hardened by `isAllowedPrintRequest`. */
  partition: string;
  /** Time for the viewer to lay the pages out after the load finished (blank pages otherwise, #30947). */
  settleMs?: number;
  /** Longest wait for the viewer to load before falling back. */
  loadTimeoutMs?: number;
  wait?: (ms: number) => Promise<void>;
}

/** Options of the hidden print window: no preload, no Node, sandboxed; plugins on for the PDF viewer. */
export const printWindowOptions = (partition: string): Record<string, unknown> => ({
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    partition,
    plugins: true,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webviewTag: false,
    spellcheck: false,
    devTools: false,
  },
});

/** The arguments of the print call: the system dialog (the user confirms printer and paper), A4, no margins added. */
export const printCallOptions = (options: PrintJobOptions): Record<string, unknown> => ({
  silent: false,
  printBackground: true,
  copies: options.copies,
  collate: true,
  pageSize: 'A4',
  margins: { marginType: 'none' },
  ...(options.printer ? { deviceName: options.printer } : {}),
});

/** Only the one file and the viewer's own resources may load in the print window; never the network. */
export const isAllowedPrintRequest = (url: string, fileUrl: string): boolean => {
  if (url === fileUrl) return true;
  try {
    const { protocol } = new URL(url);
    return (
      protocol === 'chrome-extension:' ||
      protocol === 'chrome:' ||
      protocol === 'blob:' ||
      protocol === 'data:'
    );
  } catch {
    return false;
  }
};

/** Electron reports a closed dialog as failure reason 'cancelled'; anything else is a failed job. */
export const mapPrintCallback = (success: boolean, failureReason: string): PrintJobResult =>
  success
    ? { status: 'printed' }
    : failureReason === 'cancelled'
      ? { status: 'cancelled' }
      : { status: 'failed', reason: failureReason || '不明な理由' };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const fileUrlOf = (path: string): string => pathToFileURL(path).toString();

export async function printPdfInHiddenWindow(
  deps: PdfPrintDeps,
  path: string,
  options: PrintJobOptions,
): Promise<PrintJobResult> {
  const wait = deps.wait ?? sleep;
  const window = deps.createWindow(printWindowOptions(deps.partition));
  try {
    const loaded = await Promise.race([
      window.loadURL(fileUrlOf(path)).then(() => true),
      wait(deps.loadTimeoutMs ?? 15_000).then(() => false),
    ]).catch(() => false);
    if (!loaded) return { status: 'failed', reason: 'PDFビューアで印刷用のPDFを開けませんでした' };
    await wait(deps.settleMs ?? 800);
    return await new Promise<PrintJobResult>((resolve) => {
      try {
        window.webContents.print(printCallOptions(options), (success, reason) =>
          resolve(mapPrintCallback(success, reason)),
        );
      } catch (error) {
        resolve({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    });
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
