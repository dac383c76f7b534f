/**
 * Assembles the mailing packet: every rendered document followed by its attachments (photos on A4
 * pages with a caption, PDFs merged page by page), packet-wide page numbers 「- 3 / 17 -」, one
 * bookmark per document (attachments nested under it) and document metadata.
 *
 * Uses @cantoo/pdf-lib with @cantoo/fontkit: pdf-lib 1.17's subsetting drops most glyphs of the
 * Noto JP fonts (pdf-lib#1232). The result is re-read before it is returned, so a broken PDF is
 * never handed to the user.
 */
import { readFile } from 'node:fs/promises';
import fontkit from '@cantoo/fontkit';
import { EncryptedPDFError, PDFDocument, type PDFFont, type PDFPage, degrees, rgb } from '@cantoo/pdf-lib';
import { FONT_FACES } from '../../../shared/fonts/faces.js';
import { layoutLines } from '../../../shared/text/fit.js';
import { replaceUnprintable } from '../../../shared/text/font-data.js';
import { IDEOGRAPHIC_SPACE } from '../../../shared/text/kinsoku.js';
import { stripActiveContent } from './active-content.js';
import { fontPath } from './fonts.js';
import { writeOutline, type OutlineItem } from './outline.js';
import {
  PacketError,
  corruptAttachment,
  corruptDocument,
  encryptedAttachment,
  unreadableImage,
} from './packet-errors.js';

export { PacketError } from './packet-errors.js';

export interface ImageAttachment {
  kind: 'image';
  /** A JPEG already normalised (rotated, downscaled) by normalise-image. */
  bytes: Uint8Array;
  caption: string;
  fileName: string;
}

export interface PdfAttachment {
  kind: 'pdf';
  bytes: Uint8Array;
  caption: string;
  fileName: string;
}

export type Attachment = ImageAttachment | PdfAttachment;

export interface PacketPart {
  /** Document id (participation-review, cover-letter, …). */
  id: string;
  /** Official Japanese title, used for the bookmark. */
  title: string;
  pdf: Uint8Array;
  attachments?: readonly Attachment[];
}

export interface PacketMetadata {
  title: string;
  author: string;
  subject: string;
  keywords?: string[];
  creator?: string;
  /** Fixed in tests so the output is reproducible. */
  creationDate?: Date;
}

export interface PacketPartPages {
  id: string;
  /** 1-based first page of the document and the number of pages it and its attachments take. */
  firstPage: number;
  pageCount: number;
}

export interface Packet {
  bytes: Uint8Array;
  pageCount: number;
  parts: PacketPartPages[];
}

const PT_PER_MM = 72 / 25.4;
const A4: [number, number] = [210 * PT_PER_MM, 297 * PT_PER_MM];
const MARGIN = 20 * PT_PER_MM;
const CAPTION_SIZE = 10.5;
const CAPTION_LINE = CAPTION_SIZE * 1.5;
const NUMBER_SIZE = 9;
/** Baseline of the page number above the bottom edge: below the forms' 22 mm bottom margin. */
const NUMBER_BASELINE = 10 * PT_PER_MM;

export const APP_CREATOR = 'LGWAN-ASP申込ワークベンチ';

/** 「- 3 / 17 -」 */
export function pageNumberLabel(page: number, total: number): string {
  return `- ${page} / ${total} -`;
}

async function loadDocument(part: PacketPart): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(part.pdf, { throwOnInvalidObject: true, updateMetadata: false });
  } catch (error) {
    throw corruptDocument(part.title, error);
  }
}

async function loadAttachment(attachment: PdfAttachment): Promise<PDFDocument> {
  const { bytes, fileName } = attachment;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  // A file cut short in a download or copy loses its final %%EOF; pdf-lib would still "recover" pages.
  if (!head.includes('%PDF-') || !tail.includes('%%EOF')) throw corruptAttachment(fileName);
  try {
    // The lenient parse is the one that recognises encryption (a strict parse fails on encrypted streams).
    const lenient = await PDFDocument.load(bytes, { updateMetadata: false });
    if (lenient.isEncrypted) throw encryptedAttachment(fileName);
  } catch (error) {
    if (error instanceof PacketError) throw error;
    if (error instanceof EncryptedPDFError) throw encryptedAttachment(fileName, error);
    throw corruptAttachment(fileName, error);
  }
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
  } catch (error) {
    throw corruptAttachment(fileName, error);
  }
  if (doc.getPageCount() === 0) throw corruptAttachment(fileName);
  // Scripts, launch/URI links, form submits and embedded files never travel into the packet.
  stripActiveContent(doc);
  return doc;
}

async function addImagePage(
  packet: PDFDocument,
  attachment: ImageAttachment,
  heading: string,
  font: PDFFont,
): Promise<void> {
  let image;
  try {
    image = await packet.embedJpg(attachment.bytes);
  } catch (error) {
    throw unreadableImage(attachment.fileName, error);
  }
  const page = packet.addPage(A4);
  const [width, height] = A4;
  const captionWidthMm = (width - 2 * MARGIN) / PT_PER_MM;
  const lines = layoutLines(
    replaceUnprintable(`${heading}${IDEOGRAPHIC_SPACE}${attachment.caption}`),
    captionWidthMm,
    CAPTION_SIZE,
    'sans-400',
  );
  let y = height - MARGIN - CAPTION_SIZE;
  for (const line of lines) {
    page.drawText(line, { x: MARGIN, y, size: CAPTION_SIZE, font, color: rgb(0, 0, 0) });
    y -= CAPTION_LINE;
  }
  const boxTop = y + CAPTION_LINE - CAPTION_SIZE - 4 * PT_PER_MM;
  const boxWidth = width - 2 * MARGIN;
  const boxHeight = boxTop - MARGIN;
  const scale = Math.min(boxWidth / image.width, boxHeight / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (width - w) / 2, y: boxTop - h, width: w, height: h });
}

/** Stamps 「- n / N -」 centred at the foot of the page as the reader sees it, whatever its /Rotate. */
function stampPageNumber(page: PDFPage, label: string, font: PDFFont): void {
  const { width, height } = page.getSize();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const textWidth = font.widthOfTextAtSize(label, NUMBER_SIZE);
  const options = { size: NUMBER_SIZE, font, color: rgb(0, 0, 0) };
  if (rotation === 90) {
    page.drawText(label, {
      ...options,
      x: width - NUMBER_BASELINE,
      y: (height - textWidth) / 2,
      rotate: degrees(90),
    });
  } else if (rotation === 180) {
    page.drawText(label, {
      ...options,
      x: (width + textWidth) / 2,
      y: height - NUMBER_BASELINE,
      rotate: degrees(180),
    });
  } else if (rotation === 270) {
    page.drawText(label, {
      ...options,
      x: NUMBER_BASELINE,
      y: (height + textWidth) / 2,
      rotate: degrees(270),
    });
  } else {
    page.drawText(label, { ...options, x: (width - textWidth) / 2, y: NUMBER_BASELINE });
  }
}

export async function assemblePacket(
  parts: readonly PacketPart[],
  metadata: PacketMetadata,
): Promise<Packet> {
  if (parts.length === 0) {
    throw new PacketError(
      'empty-packet',
      '綴じる書類がありません。作成する書類を選んでから出力してください。',
    );
  }
  const packet = await PDFDocument.create();
  packet.registerFontkit(fontkit);
  const sans = FONT_FACES.find((f) => f.key === 'sans-400');
  if (!sans) throw new Error('sans-400 face missing from FONT_FACES');
  // The ABCDEF+ tag marks a subset font (PDF 32000-1 §9.6.4); preflight tools and pdffonts rely on it.
  const font = await packet.embedFont(await readFile(fontPath(sans)), {
    subset: true,
    customName: 'LGWANP+NotoSansJP-Regular',
  });

  const outline: OutlineItem[] = [];
  const placed: PacketPartPages[] = [];
  for (const part of parts) {
    const source = await loadDocument(part);
    const firstIndex = packet.getPageCount();
    for (const page of await packet.copyPages(source, source.getPageIndices())) packet.addPage(page);
    const children: OutlineItem[] = [];
    for (const [i, attachment] of (part.attachments ?? []).entries()) {
      const pageIndex = packet.getPageCount();
      const heading = `添付資料${i + 1}`;
      if (attachment.kind === 'image') {
        await addImagePage(packet, attachment, heading, font);
      } else {
        const doc = await loadAttachment(attachment);
        for (const page of await packet.copyPages(doc, doc.getPageIndices())) packet.addPage(page);
      }
      children.push({ title: `${heading}${IDEOGRAPHIC_SPACE}${attachment.caption}`, pageIndex });
    }
    outline.push({ title: part.title, pageIndex: firstIndex, children });
    placed.push({ id: part.id, firstPage: firstIndex + 1, pageCount: packet.getPageCount() - firstIndex });
  }

  const total = packet.getPageCount();
  packet.getPages().forEach((page, i) => stampPageNumber(page, pageNumberLabel(i + 1, total), font));
  writeOutline(packet, outline);

  const created = metadata.creationDate ?? new Date();
  packet.setTitle(metadata.title, { showInWindowTitleBar: true });
  packet.setAuthor(metadata.author);
  packet.setSubject(metadata.subject);
  packet.setKeywords(metadata.keywords ?? []);
  packet.setCreator(metadata.creator ?? APP_CREATOR);
  packet.setProducer(`${APP_CREATOR} (@cantoo/pdf-lib)`);
  packet.setCreationDate(created);
  packet.setModificationDate(created);
  packet.setLanguage('ja-JP');

  const bytes = await packet.save({ useObjectStreams: true });
  await verify(bytes, total);
  return { bytes, pageCount: total, parts: placed };
}

/** Re-reads the output: a packet that does not parse back with every page is never returned. */
async function verify(bytes: Uint8Array, expectedPages: number): Promise<void> {
  let pages: number;
  try {
    pages = (await PDFDocument.load(bytes, { throwOnInvalidObject: true })).getPageCount();
  } catch (error) {
    throw new PacketError(
      'output-invalid',
      '結合したPDFを検証できませんでした。もう一度出力してください。',
      undefined,
      {
        cause: error,
      },
    );
  }
  if (pages !== expectedPages) {
    throw new PacketError(
      'output-invalid',
      `結合したPDFのページ数が合いません（${pages} / ${expectedPages}）。もう一度出力してください。`,
    );
  }
}
