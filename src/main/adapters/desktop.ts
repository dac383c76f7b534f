import { dialog, shell, type BrowserWindow } from 'electron';
import { IpcError } from '../../shared/ipc/errors.js';
import type { Desktop } from '../ipc/handlers.js';

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
  openPath: async (path) => {
    const failure = await shell.openPath(path);
    if (failure) throw new IpcError('io', `ファイルを開けませんでした: ${failure}`, [path]);
  },
});
