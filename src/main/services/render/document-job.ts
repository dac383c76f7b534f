/**
 * One document instance rendered to PDF: the unit of work the render pool hands to a thread and
 * the unit the document cache stores. Plain data in and out, so it crosses a worker boundary.
 */
import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { loadTemplate, type TemplateContext } from '../../../../forms/templates.js';
import { renderDocument } from '../pdf/render-document.js';
import { ReadTracker, type Read } from './read-tracker.js';

export interface DocumentJob {
  /** Everything the template receives; `documentId` picks the template. */
  context: TemplateContext;
  /** Record which workspace fields the template reads (for the cache). */
  trackReads: boolean;
}

export interface DocumentJobResult {
  pdf: Uint8Array;
  pages: number;
  continuationSheets: number;
  /** The workspace reads the rendering depended on; null when not tracked. */
  reads: Read[] | null;
  renderMs: number;
}

export async function runDocumentJob(job: DocumentJob): Promise<DocumentJobResult> {
  const tracker = job.trackReads ? new ReadTracker() : null;
  const context: TemplateContext = tracker
    ? { ...job.context, workspace: tracker.track(job.context.workspace) }
    : job.context;
  // Every template's root is FormDocument, a react-pdf <Document>.
  const template = await loadTemplate(context.documentId);
  const element = template(context) as ReactElement<DocumentProps>;
  const rendered = await renderDocument(element, {
    documentTitle: context.title,
    applicant: context.workspace.provider.name,
    draft: context.draft,
  });
  return {
    pdf: rendered.bytes,
    pages: rendered.pageCount,
    continuationSheets: rendered.continuationSheets,
    reads: tracker ? tracker.reads : null,
    renderMs: rendered.renderMs,
  };
}
