/**
 * Renders one form (a react-pdf <Document>) to PDF bytes in plain Node, appending any 別紙
 * (continuation sheets) that FieldText boxes registered while the form rendered.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import {
  ContinuationCollector,
  ContinuationContext,
  ContinuationSheets,
} from '../../../../forms/_kit/continuation.js';
import { registerFonts } from './fonts.js';

export interface RenderOptions {
  /** Official title, used to head the 別紙 pages. */
  documentTitle: string;
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
  const collector = new ContinuationCollector();
  // react-pdf only needs a <Document> somewhere at the root; the provider renders nothing itself.
  const wrapped = createElement(ContinuationContext.Provider, { value: collector }, document);
  const main = await toBytes(wrapped as unknown as ReactElement<DocumentProps>);
  const entries = collector.entries;
  // updateMetadata: false keeps the title, author and dates the template set.
  const mainDoc = await PDFDocument.load(main, { updateMetadata: false });
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
