/**
 * The PDF that goes to the printer: the chosen documents' pages of the packet (each document with
 * its attachments, in mailing order, keeping the packet's page numbers), moved by the printer's
 * offset. Saved PDFs are never moved: only this copy, written for one print job, is.
 */
import { PDFDocument } from '@cantoo/pdf-lib';

/**
 * How far a printer shifts what it prints, measured on the calibration sheet: +X to the right,
 * +Y downwards, in mm. Printing moves every page by the opposite amount.
 */
export interface PrinterOffset {
  xMm: number;
  yMm: number;
}

/** One document's pages in the packet (1-based first page), attachments included. */
export interface PacketRange {
  id: string;
  firstPage: number;
  pageCount: number;
}

const PT_PER_MM = 72 / 25.4;

/**
 * The paper-space move (x right, y up, pt) in the page's own space: a page shown turned by
 * /Rotate (a landscape attachment) must move where the paper does, not along its own axes.
 */
export function moveInPageSpace(rotation: number, dx: number, dy: number): { x: number; y: number } {
  switch (((rotation % 360) + 360) % 360) {
    case 90:
      return { x: -dy, y: dx };
    case 180:
      return { x: -dx, y: -dy };
    case 270:
      return { x: dy, y: -dx };
    default:
      return { x: dx, y: dy };
  }
}

/** Moves every page's content so a printer that shifts by `offset` puts it where it belongs. */
export function applyOffset(doc: PDFDocument, offset: PrinterOffset | null): void {
  if (!offset || (offset.xMm === 0 && offset.yMm === 0)) return;
  // Paper space has y upwards: a printer that prints too low (+Y) is compensated by moving content up.
  const dx = -offset.xMm * PT_PER_MM;
  const dy = offset.yMm * PT_PER_MM;
  for (const page of doc.getPages()) {
    const move = moveInPageSpace(page.getRotation().angle, dx, dy);
    page.translateContent(move.x, move.y);
  }
}

/** The packet pages of the documents in `ids` (packet order, every instance of a per-service form). */
export function pagesOf(ranges: readonly PacketRange[], ids: readonly string[]): number[] {
  const wanted = new Set(ids);
  return ranges
    .filter((r) => wanted.has(r.id))
    .flatMap((r) => Array.from({ length: r.pageCount }, (_, i) => r.firstPage - 1 + i));
}

export async function buildPrintPdf(
  packet: Uint8Array,
  pageIndices: readonly number[],
  offset: PrinterOffset | null,
  title: string,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const source = await PDFDocument.load(packet, { updateMetadata: false });
  const out = await PDFDocument.create();
  for (const page of await out.copyPages(source, [...pageIndices])) out.addPage(page);
  applyOffset(out, offset);
  out.setTitle(title);
  out.setLanguage('ja-JP');
  return { bytes: await out.save(), pageCount: out.getPageCount() };
}
