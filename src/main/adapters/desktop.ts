import { BrowserWindow, dialog, session, shell } from 'electron';
import { IpcError } from '../../shared/ipc/errors.js';
import type { Desktop, PrintJobOptions } from '../ipc/handlers.js';
import {
  fileUrlOf,
  isAllowedPrintRequest,
  mapPrintCallback,
  printCallOptions,
  printPdfInHiddenWindow,
} from './pdf-print.js';

/** A session of its own (in memory) for the hidden print window, so the app's stays untouched. */
const PRINT_PARTITION = 'lgwan-print';
let printSessionReady = false;
/** The file the print window may load right now (one print job at a time). */
let printableFileUrl = '';

const printSession = () => {
  const printing = session.fromPartition(PRINT_PARTITION);
  if (!printSessionReady) {
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !isAllowedPrintRequest(details.url, printableFileUrl) }),
    );
    printSessionReady = true;
  }
  return printing;
};

const printPdfFile = async (path: string, options: PrintJobOptions) => {
  printSession();
  printableFileUrl = fileUrlOf(path);
  try {
    return await printPdfInHiddenWindow(
      {
        partition: PRINT_PARTITION,
        createWindow: (windowOptions) => new BrowserWindow(windowOptions),
      },
      path,
      options,
    );
  } finally {
    printableFileUrl = '';
  }
};
import { BUNDLE_EXTENSION } from '../services/bundle/format.js';

const BUNDLE_FILTERS = [{ name: 'LGWAN-ASP 案件ファイル', extensions: [BUNDLE_EXTENSION.slice(1)] }];

/** The system dialogs and viewer, for the handlers; the E2E harness injects its own answers instead. */
export const createDesktop = (window: () => BrowserWindow | null): Desktop => ({
  chooseFolder: async (title) => {
    const owner = window();
    const options = {
      title,
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  chooseSaveFile: async (title, defaultName) => {
    const owner = window();
    const options = { title, defaultPath: defaultName, filters: BUNDLE_FILTERS };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  chooseOpenFile: async (title) => {
    const owner = window();
    const options = { title, filters: BUNDLE_FILTERS, properties: ['openFile'] as 'openFile'[] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  listPrinters: async () => {
    const printers = (await window()?.webContents.getPrintersAsync()) ?? [];
    return printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name }));
  },
  printPdfFile,
  printWindow: (options) =>
    new Promise((resolve) => {
      const owner = window();
      if (!owner) return resolve({ status: 'failed', reason: 'アプリの画面がありません' });
      owner.webContents.print(printCallOptions(options), (success, reason) =>
        resolve(mapPrintCallback(success, reason)),
      );
    }),
  openPath: async (path) => {
    const failure = await shell.openPath(path);
    if (failure) throw new IpcError('io', `ファイルを開けませんでした: ${failure}`, [path]);
  },
});
