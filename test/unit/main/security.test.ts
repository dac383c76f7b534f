import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp.js';
import {
  hardenContents,
  hardenSession,
  isAllowedNavigation,
  isAllowedRequest,
  type HardenableContents,
  type HardenableSession,
} from '../../../src/main/security/policy.js';
import { secureWebPreferences, windowOptions } from '../../../src/main/security/window-options.js';
import { readFileSync } from 'node:fs';

describe('window options', () => {
  it('isolates the renderer: sandbox, contextIsolation, no Node integration', () => {
    const prefs = windowOptions('/app/preload/index.cjs', { width: 1280, height: 800 }).webPreferences!;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
  it('offers devtools only in development', () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    expect(secureWebPreferences('p').devTools).toBe(false);
    process.env.NODE_ENV = 'development';
    expect(secureWebPreferences('p').devTools).toBe(true);
    process.env.NODE_ENV = before;
  });
});

describe('content security policy', () => {
  it('allows only the app itself, no eval, no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
  it('is also in the renderer HTML, so a page opened any other way is covered', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'"]) {
      expect(html).toContain(directive);
    }
    expect(html).not.toContain('unsafe-eval');
  });
});

describe('network and navigation', () => {
  it('blocks every request that is not to the app scheme or in-memory data', () => {
    expect(isAllowedRequest('app://workbench/index.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://workbench/1234')).toBe(true);
    for (const url of [
      'https://www.j-lis.go.jp/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'ftp://example.com/',
      'ws://localhost/',
      'app://other-host/index.html',
      'not a url',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
  it('refuses navigation away from the app', () => {
    expect(isAllowedNavigation('app://workbench/index.html#/x')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/')).toBe(false);
  });
});

describe('session hardening', () => {
  const recordSession = () => {
    const rec: {
      request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<HardenableSession['setPermissionCheckHandler']>[0];
      before?: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0];
    } = {};
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => (rec.request = h),
      setPermissionCheckHandler: (h) => (rec.check = h),
      webRequest: { onBeforeRequest: (l) => (rec.before = l) },
    };
    hardenSession(session);
    return rec;
  };

  it('denies every permission request and check', () => {
    const rec = recordSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | undefined;
      rec.request!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(rec.check!(null, 'media')).toBe(false);
  });

  it('cancels outgoing network requests', () => {
    const rec = recordSession();
    const outcome = (url: string) => {
      let cancel: boolean | undefined;
      rec.before!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(outcome('https://example.com/x.js')).toBe(true);
    expect(outcome('app://workbench/assets/index.js')).toBe(false);
  });

  it('refuses navigation, redirects, webviews and window.open', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents = {
      on: (event: string, l: (event: { preventDefault(): void }, url: string) => void) =>
        listeners.set(event, l),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => (openHandler = h),
    } as unknown as HardenableContents;
    hardenContents(contents);
    const prevented = (event: string, url: string) => {
      let p = false;
      listeners.get(event)!({ preventDefault: () => (p = true) }, url);
      return p;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-redirect', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'app://workbench/index.html')).toBe(false);
    expect(prevented('will-attach-webview', '')).toBe(true);
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});
