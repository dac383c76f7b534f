import { isAppUrl } from './origin.js';

/** The part of Electron's Session the app hardens; typed structurally so it is testable in Node. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** Schemes a page of ours may load besides its own origin: in-memory data only. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

/** The app never touches the network: every request that is not to our own scheme is cancelled. */
export const isAllowedRequest = (url: string): boolean => {
  if (isAppUrl(url)) return true;
  try {
    const { protocol } = new URL(url);
    if (protocol === 'devtools:' || protocol === 'chrome-extension:')
      return process.env.NODE_ENV === 'development';
    return LOCAL_SCHEMES.has(protocol);
  } catch {
    return false;
  }
};

/** Navigation away from the app is never allowed (links to J-LIS are shown as text). */
export const isAllowedNavigation = (url: string): boolean => isAppUrl(url);

export const hardenSession = (session: HardenableSession): void => {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
};

/** The part of WebContents the app hardens. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export const hardenContents = (contents: HardenableContents): void => {
  const refuse = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};
