import { BrowserWindow, Menu, app, dialog, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from './ipc/handlers.js';
import { emit, registerIpc } from './ipc/register.js';
import { buildMenu } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenContents, hardenSession } from './security/policy.js';
import { APP_ORIGIN, allowDevOrigin } from './security/origin.js';
import { windowOptions } from './security/window-options.js';
import { WorkspaceStore } from './services/store/workspace-store.js';
import {
  createPreviewRenderer,
  createRenderClient,
  warmUpRenderer,
} from './services/render/render-client.js';
import { createDesktop } from './adapters/desktop.js';
import { loadWindowState, trackWindowState } from './adapters/window-state.js';
import { createAttachmentFiles } from './services/attachments/attachment-files.js';
import { startupFailureMessage } from './startup-failure.js';
import { claimSingleInstance } from './single-instance.js';
import { dataDirFrom } from './data-dir.js';

const here = dirname(fileURLToPath(import.meta.url));
const isDev = !app.isPackaged && process.env.ELECTRON_RENDERER_URL !== undefined;

registerAppScheme();
app.enableSandbox();

/** The warm-up render starts this long after the window shows, once the renderer has settled. */
const WARM_UP_DELAY_MS = 1500;

const resourcesDir = app.isPackaged ? process.resourcesPath : app.getAppPath();

/** The one window; a second start of the app focuses it. */
let mainWindow: BrowserWindow | null = null;

const start = async (): Promise<void> => {
  await app.whenReady();
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (isDev && devUrl) allowDevOrigin(devUrl);
  hardenSession(session.defaultSession);
  serveRenderer(join(here, '../renderer'));
  Menu.setApplicationMenu(buildMenu(isDev));

  const dataDir = dataDirFrom(process.argv, process.env, app.getPath('userData'));
  const store = await WorkspaceStore.open(dataDir);
  // Workspace locks go with the app: another PC must not wait for them to go stale.
  app.on('will-quit', () => store.locks.releaseAllSync());
  let window: BrowserWindow | null = null;
  // One render worker for previews and saved PDFs: a second would load react-pdf and the fonts again.
  const render = createRenderClient(new URL('./render-worker.js', import.meta.url));
  const samplePath = join(resourcesDir, 'forms/samples/sample-vendor.json');
  registerIpc(
    createHandlers({
      store,
      dataDir,
      version: app.getVersion(),
      samplePath,
      renderPreview: createPreviewRenderer({ store, appRoot: resourcesDir, render }),
      renderLivePreview: (input) =>
        render.live({ ...input, appRoot: resourcesDir, attachmentDirs: [store.layout.attachments] }),
      notices: store.notices.map((n) => n.message),
      renderDocuments: (workspace, options) =>
        render({
          workspace,
          appRoot: resourcesDir,
          force: true,
          combined: options?.combined === true,
          attachmentDirs: [store.layout.attachments],
        }),
      attachments: createAttachmentFiles(dataDir),
      desktop: createDesktop(() => window),
      emit: (event, payload) => {
        if (window) emit(window.webContents, event, payload);
      },
      tempDir: join(app.getPath('temp'), 'lgwan-asp-workbench'),
    }),
  );

  // Window placement belongs to this PC, not to a folder shared with others.
  const bounds = loadWindowState(app.getPath('userData'), { width: 1280, height: 800 });
  const main = new BrowserWindow(windowOptions(join(here, '../preload/index.cjs'), bounds));
  window = main;
  mainWindow = main;
  if (bounds.maximized) main.maximize();
  trackWindowState(main, app.getPath('userData'));
  hardenContents(main.webContents);
  main.once('ready-to-show', () => {
    main.show();
    // After the first paint, so the window does not wait for it.
    setTimeout(() => void warmUpRenderer(render, samplePath, resourcesDir), WARM_UP_DELAY_MS);
  });
  await main.loadURL(isDev && devUrl ? devUrl : `${APP_ORIGIN}/index.html`);
};

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    console.error(error);
    const { title, content } = startupFailureMessage(error, app.getPath('userData'));
    dialog.showErrorBox(title, content);
    app.exit(1);
  });
}
