/**
 * The app serves its renderer from its own privileged scheme, so "ours" is exactly this origin.
 * In development the Vite dev server origin is also ours (never in a packaged build).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

let devOrigin: string | null = null;
/** Only called by the Electron entry in development with the local dev-server URL. */
export const allowDevOrigin = (url: string): void => {
  const parsed = new URL(url);
  if (parsed.hostname !== 'localhost' && parsed.hostname !== '127.0.0.1') {
    throw new Error(`dev server must be local: ${url}`);
  }
  devOrigin = parsed.origin;
};

export const isAppUrl = (url: string): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devOrigin !== null && parsed.origin === devOrigin;
};
