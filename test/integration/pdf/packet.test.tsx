/** @jsxRuntime automatic @jsxImportSource react */
/** The assembled packet read back: page count, page numbers, bookmarks, metadata, attachments. */
import { describe, expect, it } from 'vitest';
import {
  assemblePacket,
  PacketError,
  pageNumberLabel,
  type PacketPart,
} from '../../../src/main/services/pdf/packet.js';
import { renderDocument } from '../../../src/main/services/pdf/render-document.js';
import { SAMPLE_TITLE, SampleForm } from '../../helpers/pdf/sample-form.js';
import {
  makeAttachmentPdf,
  makeEncryptedPdf,
  makeJpeg,
  makeTruncatedPdf,
} from '../../helpers/pdf/fixtures.js';
import { listFonts, readOutline, readPdfInfo, readPdfText } from '../../helpers/pdf/read-pdf.js';
import { inkRatio, rasterise } from '../../helpers/pdf/raster.js';

const COVER_TITLE = '送付状';
const metadata = {
  title: 'LGWAN-ASP 申込書類一式（株式会社齋藤情報システム）',
  author: '株式会社齋藤情報システム',
  subject: '総合行政ネットワークASP 登録及び接続申込',
  creationDate: new Date('2026-11-22T01:00:00Z'),
};

async function parts(): Promise<PacketPart[]> {
  const form = await renderDocument(<SampleForm />, { documentTitle: SAMPLE_TITLE });
  const long = await renderDocument(<SampleForm overview={'概要を記載します。'.repeat(200)} />, {
    documentTitle: COVER_TITLE,
  });
  return [
    { id: 'cover-letter', title: COVER_TITLE, pdf: long.bytes },
    {
      id: 'facility-registration',
      title: SAMPLE_TITLE,
      pdf: form.bytes,
      attachments: [
        {
          kind: 'image',
          bytes: await makeJpeg(),
          caption: '設置環境（サーバ室入口）',
          fileName: 'entrance.jpg',
        },
        {
          kind: 'pdf',
          bytes: await makeAttachmentPdf(2),
          caption: 'ISMS認証登録証の写し',
          fileName: 'isms.pdf',
        },
      ],
    },
  ];
}

describe('packet assembly', () => {
  it('puts each document before its attachments, numbers every page and bookmarks every document', async () => {
    const input = await parts();
    const started = performance.now();
    const packet = await assemblePacket(input, metadata);
    console.info(
      `packet assembly: ${(performance.now() - started).toFixed(0)} ms for ${packet.pageCount} pages`,
    );

    // cover letter: form + 別紙 (2); facility form (1) + photo page (1) + 2 PDF pages = 6
    expect(packet.pageCount).toBe(6);
    expect(packet.parts).toEqual([
      { id: 'cover-letter', firstPage: 1, pageCount: 2 },
      { id: 'facility-registration', firstPage: 3, pageCount: 4 },
    ]);

    const pages = await readPdfText(packet.bytes);
    expect(pages).toHaveLength(6);
    pages.forEach((page, i) => expect(page.lines).toContain(pageNumberLabel(i + 1, 6)));
    expect(pageNumberLabel(3, 17)).toBe('- 3 / 17 -');
    expect(pages[1]?.lines).toContain('別紙1');
    expect(pages[2]?.text).toContain(SAMPLE_TITLE);
    expect(pages[3]?.lines[0]).toBe('添付資料1 設置環境（サーバ室入口）');
    expect(pages[4]?.text).toContain('CERTIFICATE PAGE 1');
    expect(pages[5]?.text).toContain('CERTIFICATE PAGE 2');

    expect(await readOutline(packet.bytes)).toEqual([
      { title: COVER_TITLE, page: 1, children: [] },
      {
        title: SAMPLE_TITLE,
        page: 3,
        children: [
          { title: '添付資料1　設置環境（サーバ室入口）', page: 4, children: [] },
          { title: '添付資料2　ISMS認証登録証の写し', page: 5, children: [] },
        ],
      },
    ]);

    const info = await readPdfInfo(packet.bytes);
    expect(info.info).toMatchObject({
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      Creator: 'LGWAN-ASP申込ワークベンチ',
    });
    expect(String(info.info.Producer)).toContain('LGWAN-ASP申込ワークベンチ');
    expect(info.language).toBe('ja-JP');
    expect(String(info.info.CreationDate)).toMatch(/^D:20261122010000/);
    expect(info.pageSizesMm.slice(0, 4)).toEqual(Array(4).fill({ width: 210, height: 297 }));

    for (const font of await listFonts(packet.bytes)) {
      if (font.name === 'Helvetica') continue; // the certificate's own font, as the user supplied it
      expect(font, font.name).toMatchObject({ embedded: true, subset: true });
    }
    expect((await listFonts(packet.bytes)).some((f) => /^[A-Z]{6}\+NotoSansJP/.test(f.name))).toBe(true);

    // The photo page carries the photo (dark block at its top left), the numbers print in real glyphs.
    const [photoPage] = await rasterise(packet.bytes, { page: 4, dpi: 60 });
    if (!photoPage) throw new Error('photo page not rendered');
    expect(inkRatio(photoPage, { leftMm: 40, topMm: 45, widthMm: 30, heightMm: 20 })).toBeGreaterThan(0.9);
    expect(inkRatio(photoPage, { leftMm: 90, topMm: 282, widthMm: 30, heightMm: 8 })).toBeGreaterThan(0.01);
  });

  it('refuses a password-protected PDF attachment with a message naming the file', async () => {
    const input = await parts();
    const last = input[1];
    if (!last) throw new Error('fixture');
    last.attachments = [
      { kind: 'pdf', bytes: await makeEncryptedPdf(), caption: '登記事項証明書', fileName: '登記.pdf' },
    ];
    const error = await assemblePacket(input, metadata).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PacketError);
    expect(error).toMatchObject({ code: 'attachment-encrypted', fileName: '登記.pdf' });
    expect((error as Error).message).toContain('「登記.pdf」');
    expect((error as Error).message).toContain('保護を解除');
  });

  it.each([
    ['truncated.pdf', makeTruncatedPdf],
    ['not-a-pdf.pdf', async () => new TextEncoder().encode('これはPDFではありません')],
    ['empty.pdf', async () => new Uint8Array()],
  ])('refuses a corrupt PDF attachment (%s) instead of emitting a broken packet', async (fileName, make) => {
    const input = await parts();
    const last = input[1];
    if (!last) throw new Error('fixture');
    last.attachments = [{ kind: 'pdf', bytes: await make(), caption: '構成図', fileName }];
    const error = await assemblePacket(input, metadata).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'attachment-corrupt', fileName });
    expect((error as Error).message).toContain(`「${fileName}」`);
  });

  it('refuses an image that is not a JPEG with the file name', async () => {
    const input = await parts();
    const last = input[1];
    if (!last) throw new Error('fixture');
    last.attachments = [
      { kind: 'image', bytes: new Uint8Array([1, 2, 3]), caption: '外観', fileName: 'outside.jpg' },
    ];
    await expect(assemblePacket(input, metadata)).rejects.toMatchObject({
      code: 'image-unreadable',
      fileName: 'outside.jpg',
    });
  });

  it('says what to do when there is nothing to assemble', async () => {
    await expect(assemblePacket([], metadata)).rejects.toThrow(/書類を選んで/);
  });
});
