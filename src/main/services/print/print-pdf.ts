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

/** Moves every page's content so a printer that shifts by `offset` puts it where it belongs. */
export function applyOffset(doc: PDFDocument, offset: PrinterOffset | null): void {
  if (!offset || (offset.xMm === 0 && offset.yMm === 0)) return;
  // PDF space has y upwards: a printer that prints too low (+Y) is compensated by moving content up.
  for (const page of doc.getPages()) page.translateContent(-offset.xMm * PT_PER_MM, offset.yMm * PT_PER_MM);
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
