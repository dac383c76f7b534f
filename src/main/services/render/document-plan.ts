/**
 * Which document instances a workspace's packet holds, in packet order, from the catalogue's
 * `requiredDocuments`; what blocks a clean packet is the rules engine's errors (`checkWorkspace`).
 */
import { FACILITY_AREAS, type Attachment, type Workspace } from '../../../shared/model/index.js';
import { documentDefinition } from '../../../../forms/catalog.js';
import { requiredDocuments } from '../../../shared/documents/required.js';
import { citeSource } from '../../../shared/documents/types.js';

export interface PlannedDocument {
  id: string;
  /** Official title (DESIGN §3). */
  title: string;
  version: string;
  reason: string;
  source: string;
  serviceId?: string;
  serviceName?: string;
}

/** The packet's documents in packet order, from the document catalogue (forms/catalog.ts). */
export function planDocuments(ws: Workspace): PlannedDocument[] {
  return requiredDocuments(ws).map((required) => {
    const def = documentDefinition(required.id);
    const service = ws.services.find((s) => s.id === required.serviceId);
    return {
      id: required.id,
      title: required.title,
      version: def.version,
      reason: required.reason,
      source: citeSource(def.source),
      ...(service ? { serviceId: service.id, serviceName: service.name } : {}),
    };
  });
}

/** Attachments that go into the packet right after a document instance. */
export function attachmentsForDocument(ws: Workspace, plan: PlannedDocument): Attachment[] {
  const kinds: Partial<Record<string, Attachment['kind'][]>> = {
    'hosting-connection': ['network-topology', 'other'],
    'facility-registration': ['facility-photo', 'certification-copy', 'other'],
    'communication-registration': ['certification-copy', 'other'],
    'fee-reduction': ['pricing-material'],
  };
  const wanted = kinds[plan.id];
  if (!wanted || plan.serviceId === undefined) return [];
  const areaOrder = Object.keys(FACILITY_AREAS);
  return ws.attachments
    .filter((a) => a.serviceId === plan.serviceId && wanted.includes(a.kind))
    .sort(
      (a, b) =>
        wanted.indexOf(a.kind) - wanted.indexOf(b.kind) ||
        areaOrder.indexOf(a.area ?? '') - areaOrder.indexOf(b.area ?? ''),
    );
}
