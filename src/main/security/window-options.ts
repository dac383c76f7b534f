import type { BrowserWindowConstructorOptions } from 'electron';

/** The one place the renderer's privileges are decided; tested in test/unit/main/security. */
export const secureWebPreferences = (
  preloadPath: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  devTools: process.env.NODE_ENV === 'development',
});

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const windowOptions = (
  preloadPath: string,
  bounds: WindowBounds,
): BrowserWindowConstructorOptions => ({
  ...bounds,
  minWidth: 1024,
  minHeight: 640,
  show: false,
  title: 'LGWAN-ASP申込ワークベンチ',
  backgroundColor: '#ffffff',
  autoHideMenuBar: false,
  webPreferences: secureWebPreferences(preloadPath),
});
