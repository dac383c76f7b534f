/**
 * Renders one form (a react-pdf <Document>) to PDF bytes in plain Node, appending any 別紙
 * (continuation sheets) that FieldText boxes registered while the form rendered.
 *
 * A form whose last page would hold only a little (a row, 「以上」, a footnote) is laid out again
 * tighter (compact.ts), and the tighter layout is kept when it has fewer pages.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import {
  ContinuationCollector,
  ContinuationContext,
  ContinuationSheets,
} from '../../../../forms/_kit/continuation.js';
import {
  CompactContext,
  MAX_COMPACT_LEVEL,
  compactSetting,
  type CompactLevel,
} from '../../../../forms/_kit/compact.js';
import { contentBottomMm } from './page-extent.js';
import { registerFonts } from './fonts.js';

/** A last page whose content ends this close under the top margin (20 mm) is too light to send. */
export const LIGHT_PAGE_MM = 60;

export interface RenderOptions {
  /** Official title, used to head the 別紙 pages. */
  documentTitle: string;
  /** The applicant's name, printed on every 別紙 page. */
  applicant?: string;
  draft?: boolean;
}

export interface RenderedDocument {
  bytes: Uint8Array;
  /** Number of 別紙 appended (0 when every value fitted its box). */
  continuationSheets: number;
  /** Total pages, 別紙 included. */
  pageCount: number;
  renderMs: number;
}

async function toBytes(element: ReactElement<DocumentProps>): Promise<Uint8Array> {
  const buffer = await renderToBuffer(element);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export async function renderDocument(
  document: ReactElement<DocumentProps>,
  options: RenderOptions,
): Promise<RenderedDocument> {
  const started = performance.now();
  registerFonts();
  const layOut = async (level: CompactLevel) => {
    const collector = new ContinuationCollector();
    // react-pdf only needs a <Document> somewhere at the root; the providers render nothing themselves.
    const wrapped = createElement(
      CompactContext.Provider,
      { value: level },
      createElement(ContinuationContext.Provider, { value: collector }, document),
    );
    const bytes = await toBytes(wrapped as unknown as ReactElement<DocumentProps>);
    // updateMetadata: false keeps the title, author and dates the template set.
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return { bytes, doc, entries: collector.entries, level };
  };
  const light = (doc: PDFDocument): boolean => {
    const pages = doc.getPages();
    const last = pages.at(-1);
    return (
      pages.length > 1 &&
      last !== undefined &&
      contentBottomMm(doc, last, compactSetting(0).bottomMarginMm) <= LIGHT_PAGE_MM
    );
  };
  let best = await layOut(0);
  if (light(best.doc)) {
    for (let level = 1; level <= MAX_COMPACT_LEVEL; level += 1) {
      const tighter = await layOut(level as CompactLevel);
      if (tighter.doc.getPageCount() < best.doc.getPageCount()) {
        best = tighter;
        break;
      }
    }
  }
  const { bytes: main, doc: mainDoc, entries } = best;
  if (entries.length === 0) {
    return {
      bytes: main,
      continuationSheets: 0,
      pageCount: mainDoc.getPageCount(),
      renderMs: performance.now() - started,
    };
  }
  const sheets = await toBytes(
    createElement(ContinuationSheets, {
      entries,
      documentTitle: options.documentTitle,
      ...(options.applicant ? { applicant: options.applicant } : {}),
      draft: options.draft ?? false,
    }) as unknown as ReactElement<DocumentProps>,
  );
  const sheetDoc = await PDFDocument.load(sheets, { updateMetadata: false });
  for (const page of await mainDoc.copyPages(sheetDoc, sheetDoc.getPageIndices())) mainDoc.addPage(page);
  const bytes = await mainDoc.save();
  return {
    bytes,
    continuationSheets: entries.length,
    pageCount: mainDoc.getPageCount(),
    renderMs: performance.now() - started,
  };
}
