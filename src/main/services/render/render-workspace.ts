/**
 * Renders a workspace's documents and the mailing packet in plain Node (the app runs this in a
 * worker thread, the CLI in its own process).
 *
 * The packet is one envelope: the next stage of the procedure (shared/documents/stages.ts), or every
 * stage together when the caller asks for it knowingly (`combined`). Sheets for the LGWAN-ASP portal
 * are rendered as files of their own, marked 「ポータル入力用」, and never go into the envelope.
 *
 * Order of work: the check decides whether a clean packet may be printed (errors on what this
 * envelope holds block it unless forced, and a forced packet is marked 「下書き」); each document instance is rendered with
 * its template; then the checklist and finally the cover letter, which lists every other part with
 * its real page count; then the packet is assembled in the cover letter's order, each document
 * followed by its attachments.
 *
 * Speed (bench/render.ts): a document whose template reads nothing that changed since the last
 * render in this process is reused from the document cache instead of being laid out again
 * (document-cache.ts), and attachment files are read and hash-checked while documents are laid out.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { ATTACHMENT_KINDS, type Workspace } from '../../../shared/model/index.js';
import { todayIso } from '../../../shared/text/wareki.js';
import { checkWorkspace } from '../../../shared/rules/engine.js';
import type { Enclosure, TemplateContext } from '../../../../forms/templates.js';
import {
  assemblePacket,
  type Attachment as PacketAttachment,
  type PacketPart,
  type PacketPartPages,
} from '../pdf/packet.js';
import type { WorkspaceStore } from '../store/workspace-store.js';
import { loadAttachment, printJpeg } from './attachment-files.js';
import { DocumentCache } from './document-cache.js';
import { runDocumentJob, type DocumentJobResult } from './document-job.js';
import {
  attachmentsForDocument,
  missingAttachments,
  planPacket,
  type PacketPlan,
  type PlannedDocument,
} from './document-plan.js';

export interface RenderRequest {
  workspace: Workspace;
  appRoot: string;
  force: boolean;
  /** Folders holding the content-addressed attachment files (store first, then samples). */
  attachmentDirs?: string[];
  /** Render only these documents (plus the packet of them); default every one of the stage. */
  documentIds?: string[];
  /**
   * Every stage's documents in one packet instead of the next stage's only. J-LIS answers each
   * stage before the next is sent (002 §5.1.1), so only on the user's explicit choice.
   */
  combined?: boolean;
  /** The day printed on forms without a document date, YYYY-MM-DD; default today in Tokyo. */
  now?: string;
  /**
   * Reuse document PDFs rendered earlier in this process whose inputs are unchanged (default true).
   * Off: every document is laid out again (benchmarks, or to rule the cache out).
   */
  cache?: boolean;
}

export interface RenderedDocumentInfo {
  id: string;
  title: string;
  pdf: Uint8Array;
  pages: number;
  /** `portal`: a sheet to type from into the portal, not part of the packet. */
  delivery: 'mail' | 'portal' | 'aid';
}

/** The stage a render prepared and what is still open after it (names only: nothing is printed). */
export interface RenderedStage {
  stage: { id: string; label: string; answer: string } | null;
  combined: boolean;
  pending: { id: string; label: string; documents: { id: string; title: string; serviceName?: string }[] }[];
}

export interface RenderResult {
  documents: RenderedDocumentInfo[];
  packet: Uint8Array;
  pageCount: number;
  /** Where each document instance (with its attachments) lies in the packet: what print selects. */
  parts: PacketPartPages[];
  /** True when the check found errors and the pages are marked 「下書き」. */
  draft: boolean;
  /** Boxes whose text went onto a 別紙, per document id. */
  continuationSheets: Record<string, number>;
  /** Document instances laid out by this render, and those reused unchanged from an earlier one. */
  laidOut: number;
  reused: number;
  stage: RenderedStage;
}

function describeStages(plan: PacketPlan): RenderedStage {
  const stage = plan.stage ? { id: plan.stage.id, label: plan.stage.label, answer: plan.stage.answer } : null;
  return {
    stage,
    combined: plan.combined,
    pending: plan.pending.map((p) => ({
      id: p.stage.id,
      label: p.stage.label,
      documents: p.documents.map((d) => ({
        id: d.id,
        title: d.title,
        ...(d.serviceName ? { serviceName: d.serviceName } : {}),
      })),
    })),
  };
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

/** Shared by every render in this process (the app's render worker, a CLI run, a test file). */
const documentCache = new DocumentCache();

interface LoadedAttachments {
  parts: PacketAttachment[];
  pages: number[];
}

async function packetAttachments(request: RenderRequest, plan: PlannedDocument): Promise<LoadedAttachments> {
  const parts: PacketAttachment[] = [];
  const pages: number[] = [];
  for (const attachment of attachmentsForDocument(request.workspace, plan)) {
    const loaded = await loadAttachment(request.attachmentDirs ?? [], attachment);
    const caption = attachment.caption || attachment.file.originalName;
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
    // The stored print derivative is embedded as it is; only a photo attached before derivatives
    // existed is normalised here (printJpeg remembers the result for the next render).
    const bytes = loaded.printReady
      ? loaded.bytes
      : await printJpeg(loaded.bytes, fileName, attachment.file.sha256);
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

export function contextFor(
  request: RenderRequest,
  plan: PlannedDocument,
  date: string,
  draft: boolean,
  enclosures: readonly Enclosure[],
): TemplateContext {
  return {
    workspace: request.workspace,
    documentId: plan.id,
    title: plan.title,
    version: plan.version,
    ...(plan.serviceId === undefined ? {} : { serviceId: plan.serviceId }),
    date,
    draft,
    ...(plan.delivery === 'portal' ? { delivery: 'portal' as const } : {}),
    enclosures,
  };
}

/**
 * Cached documents as they are, the rest laid out one after another on this thread. (A second
 * thread for layout was measured on the 2-core benchmark machine: no faster warm, ~1 s slower cold
 * while it loads react-pdf and the fonts, and +200 MB peak memory, over the 600 MB budget.)
 */
export async function renderContexts(
  request: RenderRequest,
  contexts: readonly TemplateContext[],
  counts: { laidOut: number; reused: number },
): Promise<DocumentJobResult[]> {
  const cache = request.cache === false ? null : documentCache;
  const results: DocumentJobResult[] = [];
  for (const context of contexts) {
    const cached = cache?.get(context);
    if (cached) {
      counts.reused += 1;
      results.push(cached);
      continue;
    }
    const rendered = await runDocumentJob({ context, trackReads: cache !== null });
    cache?.set(context, rendered);
    counts.laidOut += 1;
    results.push(rendered);
  }
  return results;
}

function instance(
  request: RenderRequest,
  plan: PlannedDocument,
  rendered: DocumentJobResult,
  attachments: LoadedAttachments,
): RenderedInstance {
  const sources = attachmentsForDocument(request.workspace, plan);
  const missing = missingAttachments(request.workspace, plan);
  const enclosure: Enclosure = {
    documentId: plan.id,
    title: plan.title,
    ...(plan.serviceName ? { serviceName: plan.serviceName } : {}),
    ...(plan.serviceId ? { serviceId: plan.serviceId } : {}),
    kind: plan.kind,
    ...(missing.length > 0 ? { missing } : {}),
    reason: plan.reason,
    pages: rendered.pages,
    attachments: attachments.parts.map((p, i) => {
      const source = sources[i];
      return {
        kindLabel: source ? ATTACHMENT_KINDS[source.kind] : '添付資料',
        caption: p.caption,
        pages: attachments.pages[i] ?? 1,
      };
    }),
  };
  return {
    plan,
    pdf: rendered.pdf,
    pages: rendered.pages,
    continuationSheets: rendered.continuationSheets,
    attachments: attachments.parts,
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
    const delivery = first.plan.delivery;
    if (group.length === 1) {
      out.push({ id, title: first.plan.title, pdf: first.pdf, pages: first.pages, delivery });
      continue;
    }
    const merged = await PDFDocument.create();
    for (const g of group) {
      const doc = await PDFDocument.load(g.pdf);
      for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
    }
    merged.setTitle(first.plan.title);
    merged.setLanguage('ja-JP');
    out.push({
      id,
      title: first.plan.title,
      pdf: await merged.save(),
      pages: merged.getPageCount(),
      delivery,
    });
  }
  return out;
}

export async function renderWorkspaceDocuments(request: RenderRequest): Promise<RenderResult> {
  const { workspace } = request;
  const packetPlan = planPacket(workspace, { combined: request.combined === true });
  const wanted = request.documentIds ? new Set(request.documentIds) : undefined;
  const plans = packetPlan.documents.filter((p) => !wanted || wanted.has(p.id));
  // What a later stage still lacks does not hold back this envelope: only errors about what it
  // holds, and those about no document in particular, block a clean packet.
  const printed = new Set(plans.map((p) => p.id));
  const errors = checkWorkspace(workspace, request.now ? { today: request.now } : {}).findings.filter(
    (f) => f.severity === 'error' && (f.documents.length === 0 || f.documents.some((d) => printed.has(d))),
  );
  if (errors.length > 0 && !request.force) throw new RenderBlockedError(errors);
  const draft = errors.length > 0;
  const date = workspace.procedure.documentDate || request.now || todayIso();

  const isFrame = (id: string) => id === 'cover-letter' || id === 'checklist';
  const bodyPlans = plans.filter((p) => !isFrame(p.id));

  // Attachments are read and hash-checked while the documents are laid out.
  const attachmentsOf = new Map(plans.map((p) => [p, packetAttachments(request, p)] as const));
  // A failed attachment must not leave an unobserved rejection behind while documents render.
  for (const loading of attachmentsOf.values()) loading.catch(() => undefined);
  const attachments = (plan: PlannedDocument): Promise<LoadedAttachments> =>
    attachmentsOf.get(plan) ?? Promise.resolve({ parts: [], pages: [] });

  const counts = { laidOut: 0, reused: 0 };
  const bodyRendered = await renderContexts(
    request,
    bodyPlans.map((p) => contextFor(request, p, date, draft, [])),
    counts,
  );
  const body: RenderedInstance[] = [];
  const portal: RenderedInstance[] = [];
  for (const [i, plan] of bodyPlans.entries()) {
    const rendered = bodyRendered[i];
    if (!rendered) continue;
    (plan.delivery === 'portal' ? portal : body).push(
      instance(request, plan, rendered, await attachments(plan)),
    );
  }

  // The checklist lists the documents; the cover letter lists everything, the checklist included.
  const framed: RenderedInstance[] = [];
  const checklistPlan = plans.find((p) => p.id === 'checklist');
  if (checklistPlan) {
    const enclosures = body.map((b) => b.enclosure);
    const [rendered] = await renderContexts(
      request,
      [contextFor(request, checklistPlan, date, draft, enclosures)],
      counts,
    );
    if (rendered) framed.push(instance(request, checklistPlan, rendered, await attachments(checklistPlan)));
  }
  const coverPlan = plans.find((p) => p.id === 'cover-letter');
  if (coverPlan) {
    const enclosures = [...framed, ...body].map((b) => b.enclosure);
    const [rendered] = await renderContexts(
      request,
      [contextFor(request, coverPlan, date, draft, enclosures)],
      counts,
    );
    if (rendered) framed.unshift(instance(request, coverPlan, rendered, await attachments(coverPlan)));
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

  for (const r of portal)
    continuationSheets[r.plan.id] = (continuationSheets[r.plan.id] ?? 0) + r.continuationSheets;

  return {
    documents: await mergeById([...ordered, ...portal]),
    packet: packet.bytes,
    pageCount: packet.pageCount,
    parts: packet.parts,
    draft,
    continuationSheets,
    ...counts,
    stage: describeStages(packetPlan),
  };
}

/** The preview channel: the stage's packet of a stored workspace, marked 「下書き」 while it has errors. */
export async function renderWorkspacePreview(
  store: WorkspaceStore,
  workspaceId: string,
  appRoot: string,
  combined = false,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const { workspace } = await store.get(workspaceId);
  const result = await renderWorkspaceDocuments({
    workspace,
    appRoot,
    force: true,
    combined,
    attachmentDirs: [store.layout.attachments],
  });
  return { pdf: result.packet, pages: result.pageCount };
}
