import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch.js';
import { createHandlers } from '../../../src/main/ipc/handlers.js';
import { createAttachmentFiles } from '../../../src/main/services/attachments/attachment-files.js';
import { APP_ORIGIN } from '../../../src/main/security/origin.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';

const ours = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };
let dir: string;
let handlers: Handlers;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lgwan-ipc-'));
  const store = await WorkspaceStore.open(dir);
  handlers = createHandlers({
    store,
    dataDir: dir,
    version: 'test',
    samplePath: resolve('forms/samples/sample-vendor.json'),
    renderPreview: () => Promise.reject(new Error('not used here')),
    renderDocuments: () => Promise.reject(new Error('not used here')),
    attachments: createAttachmentFiles(dir),
    desktop: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
      chooseOpenFile: async () => null,
      openPath: async () => undefined,
      listPrinters: async () => [],
      printPdfFile: async () => ({ status: 'cancelled' as const }),
      printWindow: async () => ({ status: 'cancelled' as const }),
    },
    emit: () => undefined,
    tempDir: join(dir, 'opened'),
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('IPC dispatch', () => {
  it('runs a valid call from the app frame', async () => {
    const created = await dispatch(handlers, 'workspaces.create', { title: '案件A' }, ours);
    expect(created.ok).toBe(true);
    const list = await dispatch(handlers, 'workspaces.list', {}, ours);
    expect(list).toMatchObject({ ok: true, value: [{ title: '案件A' }] });
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a file page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['a sub-frame of the app', { url: `${APP_ORIGIN}/index.html`, isMainFrame: false }],
    ['an unparseable URL', { url: '', isMainFrame: true }],
  ])('refuses calls from %s', async (_name, sender) => {
    const result = await dispatch(handlers, 'workspaces.list', {}, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(result.ok || result.error.message).toMatch(/受け付けません/);
  });

  it.each([
    ['unknown channel', 'fs.readFile', {}],
    ['prototype key as channel', '__proto__', {}],
    ['missing field', 'workspaces.get', {}],
    ['wrong type', 'workspaces.get', { id: 42 }],
    ['extra field', 'workspaces.list', { evil: true }],
    ['path in id', 'workspaces.get', { id: '../../etc/passwd' }],
    ['null payload', 'workspaces.create', null],
  ])('returns a typed error for %s', async (_name, channel, payload) => {
    const result = await dispatch(handlers, channel, payload, ours);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(['unknown-channel', 'invalid-input']).toContain(result.error.code);
      expect(result.error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
  });
});
