/**
 * One app per data folder: Electron's single-instance lock is keyed on the userData folder, so a
 * second start (a double click while the window is hidden behind others) hands over to the first,
 * which comes to the front, instead of a second process writing the same files.
 */

/** The part of Electron's `app` this needs; the real one in the app, a double in tests. */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  quit(): void;
}

/** The part of BrowserWindow this needs. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the window forward, restoring it if minimised. */
export const focusWindow = (window: FocusableWindow | null): void => {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
};

/**
 * True when this process is the one instance; otherwise it quits (the first instance is told
 * and focuses its window) and the caller must start nothing.
 */
export const claimSingleInstance = (
  app: InstanceApp,
  currentWindow: () => FocusableWindow | null,
): boolean => {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(currentWindow()));
  return true;
};
