import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch.js';
import { createHandlers } from '../../../src/main/ipc/handlers.js';
import { createAttachmentFiles } from '../../../src/main/services/attachments/attachment-files.js';
import { writeAttachment } from '../../../src/main/services/attachments/content-store.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { AttachmentSchema } from '../../../src/shared/model/attachments.js';
import { APP_ORIGIN } from '../../../src/main/security/origin.js';

// Issue #15: `attachments.open` takes only the hash. The copy handed to the system viewer is named
// by main: extension from the bytes, base from the stored original name through the safe-name rule.
let dir: string;
let handlers: Handlers;
let opened: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lgwan-open-'));
  opened = [];
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
      openPath: async (path) => {
        opened.push(path);
      },
      listPrinters: async () => [],
      printPdfFile: async () => ({ status: 'cancelled' as const }),
      printWindow: async () => ({ status: 'cancelled' as const }),
    },
    emit: () => undefined,
    tempDir: join(dir, 'opened'),
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const jpeg = async (): Promise<Uint8Array> =>
  new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366aa' } })
      .jpeg()
      .toBuffer(),
  );

/** A workspace whose attachment entry claims `originalName` (as an imported bundle can). */
const workspaceWith = async (originalName: string, bytes: Uint8Array): Promise<string> => {
  const sha256 = await writeAttachment(dir, bytes);
  const ws = await handlers['workspaces.create']({ title: '添付の案件', from: 'blank' });
  const attachment = AttachmentSchema.parse({
    id: 'a1',
    kind: 'other',
    file: { sha256, originalName, mediaType: 'text/javascript', size: bytes.byteLength },
    addedAt: ws.createdAt,
  });
  await handlers['workspaces.save']({ workspace: { ...ws, attachments: [attachment] } });
  return sha256;
};

describe('attachments.open', () => {
  it.each([
    ['photo.js', 'photo.jpg'],
    ['invoice.hta', 'invoice.jpg'],
    ['CON.jpg', '_CON.jpg'],
    ['..\\..\\Startup\\run.bat', '_.._Startup_run.jpg'],
    ['photo\u202egpj.exe', 'photo_gpj.jpg'],
  ])(
    'a JPEG stored as %j opens as %j, inside the temp folder, with the same bytes',
    async (name, expected) => {
      const bytes = await jpeg();
      const sha256 = await workspaceWith(name, bytes);
      await handlers['attachments.open']({ sha256 });
      expect(opened).toHaveLength(1);
      const path = opened[0] ?? '';
      expect(basename(path)).toBe(expected);
      expect(dirname(dirname(path))).toBe(join(dir, 'opened'));
      expect(new Uint8Array(await readFile(path))).toEqual(bytes);
    },
  );

  it('a file no workspace names yet (just attached, not saved) still opens, under a neutral name', async () => {
    const sha256 = await writeAttachment(dir, await jpeg());
    await handlers['attachments.open']({ sha256 });
    expect(basename(opened[0] ?? '')).toBe(`添付資料_${sha256.slice(0, 8)}.jpg`);
    // Opening again (the viewer may still hold the first copy) reuses it.
    await handlers['attachments.open']({ sha256 });
    expect(opened[1]).toBe(opened[0]);
  });

  it('stored bytes that are no JPEG, PNG or PDF are never handed to the system', async () => {
    const sha256 = await writeAttachment(dir, new TextEncoder().encode('<script>alert(1)</script>'));
    await expect(handlers['attachments.open']({ sha256 })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/JPEG・PNG・PDFのいずれでもないため、開けません/),
    });
    expect(opened).toEqual([]);
  });

  it('a name from the renderer is refused at the boundary', async () => {
    const result = await dispatch(
      handlers,
      'attachments.open',
      { sha256: 'b'.repeat(64), name: 'evil.hta' },
      { url: `${APP_ORIGIN}/index.html`, isMainFrame: true },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
