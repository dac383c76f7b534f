import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sniffType } from '../../../src/main/services/attachments/sniff.js';
import { importBundle } from '../../../src/main/services/bundle/import-bundle.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import type { AttachmentKind } from '../../../src/shared/model/enums.js';
import { createWorkspace } from '../../../src/shared/model/workspace.js';
import { makeAttachmentPdf, makeJpeg } from '../../helpers/pdf/fixtures.js';
import { bundleEntries, sha256, treeFingerprint, utf8 } from './bundle-helpers.js';
import { craftZip } from './craft-zip.js';

// Issue #17 item 3: a bundle's attachments get the checks of attaching a file, and only what a
// workspace refers to is stored.

let root: string;
let store: WorkspaceStore;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lgwan-bundle-content-'));
  store = await WorkspaceStore.open(join(root, 'data'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const withAttachment = (
  data: Uint8Array,
  name: string,
  mediaType: string,
  kind: AttachmentKind = 'other',
) => {
  const ws = createWorkspace('添付つきの案件');
  ws.attachments.push({
    id: 'a1',
    kind,
    area: null,
    serviceId: '',
    caption: '',
    file: {
      sha256: sha256(data),
      originalName: name,
      mediaType: mediaType,
      size: data.byteLength,
    },
    addedAt: '2026-11-22T00:00:00.000Z',
  });
  return craftZip(bundleEntries([{ name: `attachments/${sha256(data)}`, data, method: 0 }], ws));
};

const stored = async () => readdir(store.layout.attachments).catch(() => [] as string[]);

const hostile: [string, string, string][] = [
  ['HTML page', 'topology.html', '<!doctype html><script>alert(1)</script>'],
  [
    'SVG with a script',
    'topology.svg',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  ],
  ['batch file', 'run.bat', '@echo off\r\nformat c: /q\r\n'],
  ['HTA application', 'app.hta', '<hta:application/><script>new ActiveXObject("WScript.Shell")</script>'],
  ['HTML with a PDF header further in', 'polyglot.pdf', `<html>${' '.repeat(40)}%PDF-1.7\n%%EOF\n</html>`],
];

describe('attachments inside an imported bundle', () => {
  it.each(hostile)('%s is refused with the attach message and nothing is written', async (_l, name, text) => {
    const before = await treeFingerprint(root);
    const error = await importBundle(withAttachment(utf8(text), name, 'application/pdf'), store).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      new RegExp(
        `^このファイルは取り込めません: 案件「添付つきの案件」の添付ファイル「${name.replace('.', '\\.')}」は.*で、添付できません`,
      ),
    );
    expect(error?.message).toMatch(/何も変更していません。$/);
    expect(await treeFingerprint(root)).toBe(before);
    expect(await store.list()).toEqual([]);
  });

  it('a PDF recorded as a facility photo, and an image recorded as a PDF, are refused', async () => {
    const pdf = await makeAttachmentPdf(1);
    await expect(
      importBundle(withAttachment(pdf, '写真.pdf', 'image/jpeg', 'facility-photo'), store),
    ).rejects.toThrow(/ファシリティ写真はJPEG/);
    const jpeg = await makeJpeg(200, 150);
    await expect(importBundle(withAttachment(jpeg, '図.pdf', 'application/pdf'), store)).rejects.toThrow(
      /「図\.pdf」は画像ですが、案件にはapplication\/pdfと記録されています/,
    );
    expect(await stored()).toEqual([]);
  });

  it('real attachments import; blobs no workspace refers to are not stored', async () => {
    const pdf = await makeAttachmentPdf(1);
    const stray = await makeJpeg(100, 100);
    const zip = withAttachment(pdf, '認証書.pdf', 'application/pdf', 'certification-copy');
    const ws = createWorkspace('添付つきの案件');
    ws.attachments.push({
      id: 'a1',
      kind: 'certification-copy',
      area: null,
      serviceId: '',
      caption: '',
      file: {
        sha256: sha256(pdf),
        originalName: '認証書.pdf',
        mediaType: 'application/pdf',
        size: pdf.byteLength,
      },
      addedAt: '2026-11-22T00:00:00.000Z',
    });
    const withStray = craftZip(
      bundleEntries(
        [
          { name: `attachments/${sha256(pdf)}`, data: pdf, method: 0 },
          { name: `attachments/${sha256(stray)}`, data: stray, method: 0 },
        ],
        ws,
      ),
    );
    expect((await importBundle(zip, store)).attachmentCount).toBe(1);
    const result = await importBundle(withStray, store);
    expect(result.attachmentCount).toBe(1);
    expect(await stored()).toEqual([sha256(pdf)]);
  });
});

describe('sniffing', () => {
  it('a PDF header counts only at offset 0', () => {
    expect(sniffType(utf8('%PDF-1.7\n')).kind).toBe('pdf');
    expect(sniffType(utf8('junk %PDF-1.7\n'))).toEqual({ kind: 'other', description: 'テキストファイル' });
  });
});
