import { dialog, shell, type BrowserWindow } from 'electron';
import { IpcError } from '../../shared/ipc/errors.js';
import type { Desktop } from '../ipc/handlers.js';
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
  openPath: async (path) => {
    const failure = await shell.openPath(path);
    if (failure) throw new IpcError('io', `ファイルを開けませんでした: ${failure}`, [path]);
  },
});
