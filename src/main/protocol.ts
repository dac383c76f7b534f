import { protocol, net } from 'electron';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './security/csp.js';
import { APP_HOST, APP_SCHEME } from './security/origin.js';

/** Must run before `app` is ready. */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

/** Serves the built renderer from `app://workbench/`, never outside `rootDir`, with the CSP header. */
export const serveRenderer = (rootDir: string): void => {
  const root = resolve(rootDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = resolve(root, `.${relative}`);
    if (file !== root && !file.startsWith(root + sep)) return new Response('forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    if (extname(file) === '.html') headers.set('Cache-Control', 'no-store');
    return new Response(response.body, { status: response.status, headers });
  });
};
