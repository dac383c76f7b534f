import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../src/shared/ipc/contract.js';
import { IpcError } from '../../../src/shared/ipc/errors.js';
import { todayInTokyo } from '../../../src/shared/schedule/dates.js';
import { createHandlers, type RenderedSet } from '../../../src/main/ipc/handlers.js';
import type { Handlers } from '../../../src/main/ipc/dispatch.js';
import { createAttachmentFiles } from '../../../src/main/services/attachments/attachment-files.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';

// The channels the UI added, against the real store on a temp folder; only the dialogs and the
// renderer are replaced (a render that takes as long as the test says).
let dir: string;
let handlers: Handlers;
let folder: string | null;
let progress: EventPayload<'progress'>[];
let renderGate: Promise<void>;

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);
const rendered: RenderedSet = {
  documents: [
    { id: 'participation-review', title: '参加資格審査申込書', pdf: pdf('a'), pages: 2 },
    { id: 'hosting-connection', title: 'ホスティングサービス接続申込書: 髙橋/第1', pdf: pdf('b'), pages: 3 },
  ],
  packet: pdf('ab'),
  pageCount: 5,
  parts: [
    { id: 'participation-review', firstPage: 1, pageCount: 2 },
    { id: 'hosting-connection', firstPage: 3, pageCount: 3 },
  ],
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lgwan-ui-ipc-'));
  folder = null;
  progress = [];
  renderGate = Promise.resolve();
  const store = await WorkspaceStore.open(dir);
  handlers = createHandlers({
    store,
    dataDir: dir,
    version: 'test',
    samplePath: resolve('forms/samples/sample-vendor.json'),
    renderPreview: () => Promise.reject(new Error('not used here')),
    renderDocuments: async () => {
      await renderGate;
      return rendered;
    },
    attachments: createAttachmentFiles(dir),
    desktop: {
      chooseFolder: async () => folder,
      chooseSaveFile: async () => null,
      chooseOpenFile: async () => null,
      openPath: async () => undefined,
      listPrinters: async () => [],
      printPdfFile: async () => ({ status: 'cancelled' as const }),
      printWindow: async () => ({ status: 'cancelled' as const }),
    },
    emit: (event, payload) => progress.push(payload),
    tempDir: join(dir, 'opened'),
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('UI channels', () => {
  it('duplicates a workspace under a new id with an empty history, and renames it', async () => {
    const ws = await handlers['workspaces.create']({ title: '元の案件', from: 'blank' });
    await handlers['workspaces.save']({
      workspace: { ...ws, provider: { ...ws.provider, name: '株式会社髙橋' } },
    });
    const copy = await handlers['workspaces.duplicate']({ id: ws.id, title: '元の案件 のコピー' });
    expect(copy.id).not.toBe(ws.id);
    expect(copy.provider.name).toBe('株式会社髙橋');
    await handlers['workspaces.rename']({ id: copy.id, title: '那覇市向け' });
    const titles = (await handlers['workspaces.list']({})).map((w) => w.title).sort();
    expect(titles).toEqual(['元の案件', '那覇市向け']);
  });

  it('a workspace made from the sample has its attachment files, so thumbnails and 開く work', async () => {
    const ws = await handlers['workspaces.create']({ title: '見本', from: 'sample' });
    expect(ws.attachments.length).toBeGreaterThan(0);
    for (const a of ws.attachments) {
      const thumb = await handlers['attachments.thumbnail']({ sha256: a.file.sha256 });
      expect(thumb.mediaType).toBe('image/jpeg');
      expect(thumb.bytes.byteLength).toBeGreaterThan(500);
    }
    // Its dates follow today (sample-dates.ts): the connection date is never already past.
    const ho = ws.services.find((s) => s.kind === 'HO');
    expect(ho?.kind === 'HO' && ho.desiredConnectionDate > todayInTokyo()).toBe(true);
  });

  it('saves every document and the packet into the chosen folder, numbered in mailing order', async () => {
    const ws = await handlers['workspaces.create']({ title: '保存', from: 'blank' });
    folder = await mkdtemp(join(dir, 'out-'));
    const result = await handlers['documents.saveToFolder']({ workspaceId: ws.id, taskId: 'save-1' });
    expect((await readdir(folder)).sort()).toEqual([
      '00_提出書類一式.pdf',
      '01_参加資格審査申込書.pdf',
      '02_ホスティングサービス接続申込書_ 髙橋_第1.pdf',
    ]);
    expect(result.files.map((f) => f.pages)).toEqual([5, 2, 3]);
    expect(new TextDecoder().decode(await readFile(join(folder, '00_提出書類一式.pdf')))).toBe('%PDF-1.7 ab');
    expect(progress.at(-1)).toMatchObject({ taskId: 'save-1', done: 3, total: 3 });
  });

  it('does nothing when the folder dialog is cancelled', async () => {
    const ws = await handlers['workspaces.create']({ title: '取消', from: 'blank' });
    await expect(
      handlers['documents.saveToFolder']({ workspaceId: ws.id, taskId: 't' }),
    ).rejects.toMatchObject({
      code: 'cancelled',
    });
  });

  it('gives control back at once when long work is cancelled, and writes nothing', async () => {
    const ws = await handlers['workspaces.create']({ title: '中止', from: 'blank' });
    folder = await mkdtemp(join(dir, 'out-'));
    let release = () => undefined as void;
    renderGate = new Promise<void>((r) => {
      release = r;
    });
    const saving = handlers['documents.saveToFolder']({ workspaceId: ws.id, taskId: 'long' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await handlers['tasks.cancel']({ taskId: 'long' })).toEqual({ cancelled: true });
    const error = await saving.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect((error as IpcError).message).toBe('PDFの保存を中止しました。');
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(await readdir(folder)).toEqual([]);
    expect(await handlers['tasks.cancel']({ taskId: 'long' })).toEqual({ cancelled: false });
  });

  it('records a submission with the hash of every printed document and the data without its history', async () => {
    const ws = await handlers['workspaces.create']({ title: '提出', from: 'blank' });
    const submission = await handlers['submissions.record']({ workspaceId: ws.id, note: '郵送' });
    expect(submission.documents).toHaveLength(2);
    expect(submission.documents[0]).toMatchObject({ id: 'participation-review', pages: 2 });
    expect(submission.documents[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(submission.snapshot).toMatchObject({ id: ws.id, title: '提出' });
    expect(submission.snapshot).not.toHaveProperty('submissions');
  });
});
