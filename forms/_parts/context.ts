/**
 * What every form template receives. Templates read only the shared workspace model plus this
 * context, so one definition of the data feeds the screen, the check and the printed form.
 */
import type { ReactElement } from 'react';
import type { Workspace } from '../../src/shared/model/index.js';

/** One attachment as it goes into the packet after its document. */
export interface EnclosedAttachment {
  /** 種類 in Japanese, e.g. ファシリティ写真. */
  kindLabel: string;
  caption: string;
  pages: number;
}

/** One document (instance) enclosed in the packet, as the cover letter and the checklist list it. */
export interface Enclosure {
  documentId: string;
  title: string;
  /** The service a per-service document is about, e.g. 「〇〇ホスティング」. */
  serviceName?: string;
  /** The service instance of a per-service document. */
  serviceId?: string;
  /** Why the workspace needs it (from requiredDocuments). */
  reason: string;
  /** Pages of the form itself, 別紙 included; 0 when not yet rendered. */
  pages: number;
  attachments: readonly EnclosedAttachment[];
  /** Attachments the document needs that are not attached yet (the checklist shows them missing). */
  missing?: readonly string[];
  /** `official`: a J-LIS form (the cover letter lists only these); `aid`: the sender's own sheet. */
  kind?: 'official' | 'aid';
}

export interface TemplateContext {
  workspace: Workspace;
  documentId: string;
  /** Official title from the document definition. */
  title: string;
  /** Template version printed in the footer so a reader can tell which edition was used. */
  version: string;
  /** Per-service documents: the service this instance is about. */
  serviceId?: string;
  /** ISO date printed on the form; null leaves the blank 令和 年 月 日 (full-width gaps) for handwriting. */
  date: string | null;
  draft: boolean;
  /**
   * `portal`: a sheet to type from into the LGWAN-ASP portal (002 §5.1.1(1)), never mailed; it is
   * marked so on every page. Absent: printed and mailed (or an aid).
   */
  delivery?: 'portal';
  /** Everything else in the packet, in packet order (used by the cover letter and the checklist). */
  enclosures: readonly Enclosure[];
}

/** Returns a react-pdf <Document> (every template's root is FormDocument). */
export type FormTemplate = (context: TemplateContext) => ReactElement;
