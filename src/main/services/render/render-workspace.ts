/**
 * Renders a workspace's documents and the mailing packet in plain Node (the app runs this in a
 * worker thread, the CLI in its own process).
 *
 * Order of work: the check decides whether a clean packet may be printed (errors block it unless
 * forced, and a forced packet is marked 「下書き」); each required document instance is rendered with
 * its template; then the checklist and finally the cover letter, which lists every other part with
 * its real page count; then the packet is assembled in the cover letter's order, each document
 * followed by its attachments.
 */
import type { DocumentProps } from '@react-pdf/renderer';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { ReactElement } from 'react';
import { ATTACHMENT_KINDS, type Workspace } from '../../../shared/model/index.js';
import { todayIso } from '../../../shared/text/wareki.js';
import { templateFor, type Enclosure } from '../../../../forms/templates.js';
import { assemblePacket, type Attachment as PacketAttachment, type PacketPart } from '../pdf/packet.js';
import { renderDocument } from '../pdf/render-document.js';
import type { WorkspaceStore } from '../store/workspace-store.js';
import { loadAttachment, printJpeg } from './attachment-files.js';
import {
  attachmentsForDocument,
  blockingFindings,
  planDocuments,
  type PlannedDocument,
} from './document-plan.js';

export interface RenderRequest {
  workspace: Workspace;
  appRoot: string;
  force: boolean;
  /** Folders holding the content-addressed attachment files (store first, then samples). */
  attachmentDirs?: string[];
  /** Render only these documents (plus the packet of them); default every required one. */
  documentIds?: string[];
  /** The day printed on forms without a document date, YYYY-MM-DD; default today in Tokyo. */
  now?: string;
}

export interface RenderedDocumentInfo {
  id: string;
  title: string;
  pdf: Uint8Array;
  pages: number;
}

export interface RenderResult {
  documents: RenderedDocumentInfo[];
  packet: Uint8Array;
  pageCount: number;
  /** True when the check found errors and the pages are marked 「下書き」. */
  draft: boolean;
  /** Boxes whose text went onto a 別紙, per document id. */
  continuationSheets: Record<string, number>;
}

/** The workspace has errors and the caller did not force a draft. */
export class RenderBlockedError extends Error {
  constructor(readonly findings: readonly { message: string; ruleId: string }[]) {
    super(
      `入力内容にエラーが${findings.length}件あるため、提出用のPDFを作成できません。エラーを直してから出力してください（確認用の下書きは --force で出力できます）。`,
    );
    this.name = 'RenderBlockedError';
  }
}

interface RenderedInstance {
  plan: PlannedDocument;
  pdf: Uint8Array;
  pages: number;
  continuationSheets: number;
  attachments: PacketAttachment[];
  enclosure: Enclosure;
}

/** Placed size of a photo on its A4 page (170 × 240 mm inside the margins) at 300 dpi. */
const PHOTO_BOX_MM = { width: 170, height: 240 } as const;

async function packetAttachments(
  request: RenderRequest,
  plan: PlannedDocument,
): Promise<{ parts: PacketAttachment[]; pages: number[] }> {
  const parts: PacketAttachment[] = [];
  const pages: number[] = [];
  for (const attachment of attachmentsForDocument(request.workspace, plan)) {
    const loaded = await loadAttachment(request.attachmentDirs ?? [], attachment);
    const caption = [attachment.caption || attachment.file.originalName].join('');
    const fileName = attachment.file.originalName;
    if (loaded.kind === 'pdf') {
      const doc = await PDFDocument.load(loaded.bytes, {
        ignoreEncryption: true,
        updateMetadata: false,
      }).catch(() => null);
      parts.push({ kind: 'pdf', bytes: loaded.bytes, caption, fileName });
      pages.push(doc?.getPageCount() ?? 1);
      continue;
    }
    // A photo without a print derivative (attached before derivatives existed) is normalised here.
    const bytes = loaded.printReady ? loaded.bytes : await printJpeg(loaded.bytes, fileName, PHOTO_BOX_MM);
    parts.push({ kind: 'image', bytes, caption: areaCaption(attachment, caption), fileName });
    pages.push(1);
  }
  return { parts, pages };
}

function areaCaption(attachment: PlannedAttachment, caption: string): string {
  return attachment.area ? `${areaLabel(attachment.area)}: ${caption}` : caption;
}

type PlannedAttachment = Workspace['attachments'][number];

const AREA_LABELS: Record<string, string> = {
  installation: '設置環境',
  power: '電源設備',
  'air-conditioning': '空気調和設備',
  monitoring: '監視設備',
  earthquake: '地震対策',
};
function areaLabel(area: string): string {
  return AREA_LABELS[area] ?? area;
}

async function renderInstance(
  request: RenderRequest,
  plan: PlannedDocument,
  date: string,
  draft: boolean,
  enclosures: readonly Enclosure[],
): Promise<RenderedInstance> {
  const element = templateFor(plan.id)({
    workspace: request.workspace,
    documentId: plan.id,
    title: plan.title,
    version: plan.version,
    ...(plan.serviceId === undefined ? {} : { serviceId: plan.serviceId }),
    date,
    draft,
    enclosures,
  });
  // Every template's root is FormDocument, a react-pdf <Document>.
  const rendered = await renderDocument(element as ReactElement<DocumentProps>, {
    documentTitle: plan.title,
    draft,
  });
  const { parts, pages } = await packetAttachments(request, plan);
  const enclosure: Enclosure = {
    documentId: plan.id,
    title: plan.title,
    ...(plan.serviceName ? { serviceName: plan.serviceName } : {}),
    reason: plan.reason,
    pages: rendered.pageCount,
    attachments: parts.map((p, i) => {
      const source = attachmentsForDocument(request.workspace, plan)[i];
      return {
        kindLabel: source ? ATTACHMENT_KINDS[source.kind] : '添付資料',
        caption: p.caption,
        pages: pages[i] ?? 1,
      };
    }),
  };
  return {
    plan,
    pdf: rendered.bytes,
    pages: rendered.pageCount,
    continuationSheets: rendered.continuationSheets,
    attachments: parts,
    enclosure,
  };
}

/** One PDF per document id: the instances of a per-service document one after another. */
async function mergeById(instances: readonly RenderedInstance[]): Promise<RenderedDocumentInfo[]> {
  const ids = [...new Set(instances.map((i) => i.plan.id))];
  const out: RenderedDocumentInfo[] = [];
  for (const id of ids) {
    const group = instances.filter((i) => i.plan.id === id);
    const first = group[0];
    if (!first) continue;
    if (group.length === 1) {
      out.push({ id, title: first.plan.title, pdf: first.pdf, pages: first.pages });
      continue;
    }
    const merged = await PDFDocument.create();
    for (const g of group) {
      const doc = await PDFDocument.load(g.pdf);
      for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
    }
    merged.setTitle(first.plan.title);
    merged.setLanguage('ja-JP');
    out.push({ id, title: first.plan.title, pdf: await merged.save(), pages: merged.getPageCount() });
  }
  return out;
}

export async function renderWorkspaceDocuments(request: RenderRequest): Promise<RenderResult> {
  const { workspace } = request;
  const errors = blockingFindings(workspace);
  if (errors.length > 0 && !request.force) throw new RenderBlockedError(errors);
  const draft = errors.length > 0;
  const date = workspace.procedure.documentDate || request.now || todayIso();

  const wanted = request.documentIds ? new Set(request.documentIds) : undefined;
  const plans = planDocuments(workspace).filter((p) => !wanted || wanted.has(p.id));
  const isFrame = (id: string) => id === 'cover-letter' || id === 'checklist';

  const body: RenderedInstance[] = [];
  for (const plan of plans.filter((p) => !isFrame(p.id))) {
    body.push(await renderInstance(request, plan, date, draft, []));
  }
  const framed: RenderedInstance[] = [];
  const checklistPlan = plans.find((p) => p.id === 'checklist');
  if (checklistPlan) {
    framed.push(
      await renderInstance(
        request,
        checklistPlan,
        date,
        draft,
        body.map((b) => b.enclosure),
      ),
    );
  }
  const coverPlan = plans.find((p) => p.id === 'cover-letter');
  if (coverPlan) {
    const enclosures = [...framed, ...body].map((b) => b.enclosure);
    framed.unshift(await renderInstance(request, coverPlan, date, draft, enclosures));
  }
  const ordered = [...framed, ...body];

  const parts: PacketPart[] = ordered.map((r) => ({
    id: r.plan.id,
    title: r.plan.serviceName ? `${r.plan.title}（${r.plan.serviceName}）` : r.plan.title,
    pdf: r.pdf,
    attachments: r.attachments,
  }));
  const packet = await assemblePacket(parts, {
    title: `LGWAN-ASP申込書類一式（${workspace.provider.name || workspace.title}）${draft ? '【下書き】' : ''}`,
    author: workspace.provider.name,
    subject: '総合行政ネットワークASP 登録及び接続の申込書類',
    keywords: ['LGWAN-ASP', ...new Set(ordered.map((r) => r.plan.id))],
    ...(request.now ? { creationDate: new Date(`${request.now}T09:00:00+09:00`) } : {}),
  });

  const continuationSheets: Record<string, number> = {};
  for (const r of ordered)
    continuationSheets[r.plan.id] = (continuationSheets[r.plan.id] ?? 0) + r.continuationSheets;

  return {
    documents: await mergeById(ordered),
    packet: packet.bytes,
    pageCount: packet.pageCount,
    draft,
    continuationSheets,
  };
}

/** The preview channel: the whole packet of a stored workspace, marked 「下書き」 while it has errors. */
export async function renderWorkspacePreview(
  store: WorkspaceStore,
  workspaceId: string,
  appRoot: string,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const { workspace } = await store.get(workspaceId);
  const result = await renderWorkspaceDocuments({
    workspace,
    appRoot,
    force: true,
    attachmentDirs: [store.layout.attachments],
  });
  return { pdf: result.packet, pages: result.pageCount };
}
