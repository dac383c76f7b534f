/**
 * The preview beside the editor: one document of the workspace as it is being edited (not yet
 * saved), rendered through the same document cache as the packet, so a keystroke lays out only a
 * document that prints the edited field (read-tracker.ts) and any other edit costs a cache look-up.
 *
 * Each page comes with a key (a hash of its content stream): the renderer repaints only the pages
 * whose key changed.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from '@cantoo/pdf-lib';
import type { Workspace } from '../../../shared/model/index.js';
import { checkWorkspace } from '../../../shared/rules/engine.js';
import { todayIso } from '../../../shared/text/wareki.js';
import { planDocuments } from './document-plan.js';
import { contextFor, renderContexts, renderWorkspaceDocuments } from './render-workspace.js';

export interface LivePreviewRequest {
  workspace: Workspace;
  appRoot: string;
  attachmentDirs?: string[];
  documentId: string;
  /** Which instance of a per-service document; default the first. */
  serviceId?: string;
  now?: string;
}

export interface LivePreview {
  pdf: Uint8Array;
  pages: number;
  /** Per page, a key that changes exactly when what the page draws changes. */
  pageKeys: string[];
  /** True when the document was laid out again (false: reused unchanged from the cache). */
  laidOut: boolean;
}

function streamBytes(doc: PDFDocument, ref: unknown): Uint8Array[] {
  const object = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (object instanceof PDFRawStream) return [object.contents];
  if (object instanceof PDFStream) return [object.getContents()];
  if (object instanceof PDFArray) return object.asArray().flatMap((r) => streamBytes(doc, r));
  return [];
}

export async function pageKeys(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().map((page, i) => {
    const hash = createHash('sha1').update(String(i));
    for (const bytes of streamBytes(doc, page.node.get(PDFName.of('Contents')))) hash.update(bytes);
    return hash.digest('hex');
  });
}

export async function renderLivePreview(request: LivePreviewRequest): Promise<LivePreview> {
  const { workspace } = request;
  const plans = planDocuments(workspace).filter((p) => p.id === request.documentId);
  const plan = plans.find((p) => p.serviceId === request.serviceId) ?? plans[0];
  if (!plan) throw new Error(`この案件には「${request.documentId}」の書類がありません。`);
  // The cover letter and checklist list the other documents with their page counts: the whole set.
  if (plan.id === 'cover-letter' || plan.id === 'checklist') {
    const result = await renderWorkspaceDocuments({
      workspace,
      appRoot: request.appRoot,
      force: true,
      documentIds: planDocuments(workspace).map((p) => p.id),
      ...(request.attachmentDirs ? { attachmentDirs: request.attachmentDirs } : {}),
      ...(request.now ? { now: request.now } : {}),
    });
    const doc = result.documents.find((d) => d.id === plan.id);
    if (!doc) throw new Error(`「${plan.title}」を作成できませんでした。`);
    return { pdf: doc.pdf, pages: doc.pages, pageKeys: await pageKeys(doc.pdf), laidOut: result.laidOut > 0 };
  }
  const check = checkWorkspace(workspace, request.now ? { today: request.now } : {});
  const draft = check.findings.some((f) => f.severity === 'error');
  const date = workspace.procedure.documentDate || request.now || todayIso();
  const renderRequest = { workspace, appRoot: request.appRoot, force: true };
  const counts = { laidOut: 0, reused: 0 };
  const [rendered] = await renderContexts(
    renderRequest,
    [contextFor(renderRequest, plan, date, draft, [])],
    counts,
  );
  if (!rendered) throw new Error(`「${plan.title}」を作成できませんでした。`);
  return {
    pdf: rendered.pdf,
    pages: rendered.pages,
    pageKeys: await pageKeys(rendered.pdf),
    laidOut: counts.laidOut > 0,
  };
}
