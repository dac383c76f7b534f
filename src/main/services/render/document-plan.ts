/**
 * Which document instances a workspace's packet holds, in packet order, from the catalogue's
 * `requiredDocuments` and the stage the procedure is at (shared/documents/stages.ts); what blocks a
 * clean packet is the rules engine's errors (`checkWorkspace`).
 */
import type { Attachment, Workspace } from '../../../shared/model/index.js';
import { documentDefinition, isDocumentId } from '../../../../forms/catalog.js';
import { requiredDocuments } from '../../../shared/documents/required.js';
import {
  planStages,
  stageDocuments,
  type Delivery,
  type Stage,
  type StageId,
  type StagedDocument,
} from '../../../shared/documents/stages.js';
import { citeSource } from '../../../shared/documents/types.js';
import { enclosedAttachments, missingEnclosures } from '../../../shared/documents/encloses.js';

export interface PlannedDocument {
  id: string;
  /** Official title (DESIGN §3). */
  title: string;
  version: string;
  reason: string;
  source: string;
  serviceId?: string;
  serviceName?: string;
  kind: 'official' | 'aid';
  /** null: goes with every stage (cover letter, checklist, label, 委任状, planning aids). */
  stage: StageId | null;
  delivery: Delivery;
}

function planned(ws: Workspace, staged: StagedDocument): PlannedDocument {
  const def = documentDefinition(staged.id);
  const service = ws.services.find((s) => s.id === staged.serviceId);
  return {
    id: staged.id,
    title: staged.title,
    version: def.version,
    reason: staged.reason,
    source: citeSource(def.source),
    ...(service ? { serviceId: service.id, serviceName: service.name } : {}),
    kind: def.kind,
    stage: staged.stage,
    delivery: staged.delivery,
  };
}

/** Every document the workspace needs, whatever its stage, in packet order (forms/catalog.ts). */
export function planDocuments(ws: Workspace): PlannedDocument[] {
  return stageDocuments(ws, requiredDocuments(ws)).map((d) => planned(ws, d));
}

export interface PacketPlan {
  stage: Stage | null;
  combined: boolean;
  /** This envelope's documents (portal sheets included; they are rendered but never mailed). */
  documents: PlannedDocument[];
  /** Later stages, still open: shown, not printed. */
  pending: { stage: Stage; documents: PlannedDocument[] }[];
}

/** The next stage's documents, or every stage's when `combined` is asked for knowingly. */
export function planPacket(ws: Workspace, options: { combined?: boolean } = {}): PacketPlan {
  const plan = planStages(ws, requiredDocuments(ws), options);
  return {
    stage: plan.stage,
    combined: plan.combined,
    documents: plan.documents.map((d) => planned(ws, d)),
    pending: plan.pending.map((p) => ({ stage: p.stage, documents: p.documents.map((d) => planned(ws, d)) })),
  };
}

/**
 * What a document instance needs attached and does not have yet, by name, so the checklist shows
 * a missing photo as missing rather than leaving it out (the rules engine reports it as an error).
 */
export function missingAttachments(ws: Workspace, plan: PlannedDocument): string[] {
  return isDocumentId(plan.id) ? missingEnclosures(ws, documentDefinition(plan.id), plan.serviceId) : [];
}

/** Attachments that go into the packet right after a document instance (its definition's `encloses`). */
export function attachmentsForDocument(ws: Workspace, plan: PlannedDocument): Attachment[] {
  return isDocumentId(plan.id) ? enclosedAttachments(ws, documentDefinition(plan.id), plan.serviceId) : [];
}
