import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAttachment, storeAttachmentFile } from '../../../src/main/services/attachments/add-attachment.js';
import { createAttachmentFiles } from '../../../src/main/services/attachments/attachment-files.js';
import { readAttachment } from '../../../src/main/services/attachments/content-store.js';
import { AttachmentSchema } from '../../../src/shared/model/attachments.js';
import { treeFingerprint } from '../bundle/bundle-helpers.js';
import { diagramPng, heicHeader, pdf, photoJpeg, pixelBombPng } from './hostile-files.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lgwan-attach-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('hostile attachments are refused with a clear message and nothing is stored', () => {
  const cases: [string, () => Promise<Uint8Array>, string, RegExp, ('facility-photo' | 'other')?][] = [
    ['a zero-byte file', async () => new Uint8Array(0), '写真.jpg', /「写真\.jpg」は空のファイル（0バイト）/],
    [
      'a truncated JPEG',
      async () => (await photoJpeg()).subarray(0, 20_000),
      '電源設備.jpg',
      /途中で切れているか壊れています/,
    ],
    [
      'a corrupt PNG (damaged image data)',
      async () => {
        const png = Buffer.from(await diagramPng());
        png.fill(0x41, 60, png.length - 20);
        return png;
      },
      '構成図.png',
      /途中で切れているか壊れています|読み取れませんでした/,
    ],
    ['a HEIC photo', async () => heicHeader(), 'IMG_0001.HEIC', /HEIC形式.*JPEGに変換.*互換性優先/],
    ['a HEIC photo renamed .jpg', async () => heicHeader(), 'IMG_0001.jpg', /HEIC形式/],
    [
      'a pixel bomb (PNG claiming 50000 × 50000)',
      async () => pixelBombPng(50_000, 50_000),
      '巨大.png',
      /画素数が大きすぎます/,
    ],
    ['an encrypted PDF', () => pdf(1, true), '認証書.pdf', /パスワードまたは暗号化で保護.*保護を解除/],
    [
      'a truncated PDF',
      async () => (await pdf(3)).subarray(0, 400),
      '料金表.pdf',
      /PDF「料金表\.pdf」は途中で切れているか壊れています/,
    ],
    [
      'a corrupt PDF (header only)',
      async () => Buffer.from('%PDF-1.7\n garbage \n%%EOF\n'),
      '壊れた.pdf',
      /壊れています/,
    ],
    [
      'a text file named .jpg',
      async () => Buffer.from('これは写真ではありません\n'),
      'メモ.jpg',
      /「メモ\.jpg」はテキストファイルで、添付できません/,
    ],
    [
      'a Word document named .pdf',
      async () => Buffer.from('PK\u0003\u0004word/document.xml'),
      '申請書.pdf',
      /Word・Excel.*PDFを添付/,
    ],
    [
      'an executable named .png',
      async () => Buffer.from('MZ\u0090\u0000\u0003'),
      'setup.png',
      /実行ファイル/,
    ],
    [
      'a GIF',
      async () => Buffer.from('GIF89a\u0001\u0000\u0001\u0000'),
      '図.gif',
      /GIF画像で、添付できません/,
    ],
    [
      'a PDF given as a facility photo',
      () => pdf(1),
      '写真.pdf',
      /ファシリティ写真はJPEG.*PNG/,
      'facility-photo',
    ],
  ];

  it.each(cases)(
    '%s',
    async (_label, make, name, message, kind = 'other') => {
      const bytes = await make();
      const before = await treeFingerprint(dataDir);
      const error: unknown = await addAttachment({ dataDir, source: bytes, originalName: name, kind }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'refused', details: [name] });
      expect((error as Error).message).toMatch(message);
      expect(await treeFingerprint(dataDir)).toBe(before);
    },
    30_000,
  );
});

describe('accepted attachments', () => {
  it('a photo is stored as the original plus an upright print JPEG, both verified on read', async () => {
    const jpeg = await photoJpeg();
    const attachment = await addAttachment({
      dataDir,
      source: jpeg,
      originalName: '空調.jpg',
      kind: 'facility-photo',
      area: 'air-conditioning',
    });
    expect(AttachmentSchema.parse(attachment)).toEqual(attachment);
    expect(attachment.file).toMatchObject({
      mediaType: 'image/jpeg',
      size: jpeg.byteLength,
      width: 1600,
      height: 1200,
    });
    expect(Buffer.from(await readAttachment(dataDir, attachment.file.sha256)).equals(Buffer.from(jpeg))).toBe(
      true,
    );
    const print = await readAttachment(dataDir, attachment.print?.sha256 ?? '');
    expect(await sharp(print).metadata()).toMatchObject({ format: 'jpeg', width: attachment.print?.width });
  });

  it('a PNG with a .jpg name is stored as what it is (PNG)', async () => {
    const stored = await storeAttachmentFile(dataDir, await diagramPng(), 'topology.jpg');
    expect(stored.file.mediaType).toBe('image/png');
  });

  it('a PDF is stored with its page count (from a file path)', async () => {
    const path = join(dataDir, 'in.pdf');
    await writeFile(path, await pdf(3));
    const attachment = await addAttachment({
      dataDir,
      source: { path },
      originalName: '料金体系.pdf',
      kind: 'pricing-material',
    });
    expect(attachment.file).toMatchObject({ mediaType: 'application/pdf', pageCount: 3 });
    expect(attachment.print).toBeUndefined();
  });

  it('reading bytes that changed on disk fails with a message saying to attach again', async () => {
    const stored = await storeAttachmentFile(dataDir, await pdf(1), 'a.pdf');
    const path = join(dataDir, 'attachments', stored.file.sha256);
    const bytes = await readFile(path);
    bytes[50] = (bytes[50] ?? 0) ^ 1;
    await writeFile(path, bytes);
    await expect(readAttachment(dataDir, stored.file.sha256)).rejects.toThrow(
      /内容が保存時から変わっています.*添付し直してください/,
    );
    await expect(readAttachment(dataDir, '../../etc/passwd')).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('the IPC-facing service makes thumbnails of images and explains why PDFs have none', async () => {
    const files = createAttachmentFiles(dataDir);
    const photo = await files.add({ name: 'p.jpg', bytes: await photoJpeg() });
    const thumb = await files.thumbnail(photo.file.sha256);
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 320 });
    const doc = await files.add({ name: 'd.pdf', bytes: await pdf(1) });
    await expect(files.thumbnail(doc.file.sha256)).rejects.toThrow(/画像ではない/);
  });
});

describe('decoding limits', () => {
  it('a PDF that takes longer than its time limit is refused and the parser is stopped', async () => {
    const error: unknown = await storeAttachmentFile(dataDir, await pdf(200), '重い.pdf', {
      pdf: { timeoutMs: 1, maxHeapMb: 256 },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/時間内に読み取れませんでした/);
    expect(await treeFingerprint(dataDir)).toBe('');
  });
});
