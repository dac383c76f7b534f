import { join, resolve } from 'node:path';
import type { Handlers } from '../../../src/main/ipc/dispatch.js';
import { createHandlers, type Desktop, type HandlerDeps } from '../../../src/main/ipc/handlers.js';
import { createAttachmentFiles } from '../../../src/main/services/attachments/attachment-files.js';
import type { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';

/** A desktop whose dialogs are cancelled and which opens and prints nothing. */
export const quietDesktop = (overrides: Partial<Desktop> = {}): Desktop => ({
  chooseFolder: async () => null,
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  openPath: async () => undefined,
  listPrinters: async () => [],
  printPdfFile: async () => ({ status: 'cancelled' as const }),
  printWindow: async () => ({ status: 'cancelled' as const }),
  ...overrides,
});

/**
 * The real IPC handlers on `store`'s data folder, as the tests of main use them: real store and
 * attachment files; rendering refused unless a test passes its own; the desktop quiet unless a
 * test replaces parts of it.
 */
export const handlersOn = (
  store: WorkspaceStore,
  overrides: Partial<Omit<HandlerDeps, 'desktop'>> & { desktop?: Partial<Desktop> } = {},
): Handlers => {
  const dataDir = store.layout.dataDir;
  const { desktop, ...rest } = overrides;
  return createHandlers({
    store,
    dataDir,
    version: 'test',
    samplePath: resolve('forms/samples/sample-vendor.json'),
    renderPreview: () => Promise.reject(new Error('not used in this test')),
    renderDocuments: () => Promise.reject(new Error('not used in this test')),
    attachments: createAttachmentFiles(dataDir),
    emit: () => undefined,
    tempDir: join(dataDir, 'opened'),
    ...rest,
    desktop: quietDesktop(desktop),
  });
};
