/**
 * Which attachments go with which document, read from the definitions' `encloses` only: the packet
 * (render/document-plan.ts), the attachment rules and the UI's attachment slots all ask here, so a
 * kind a form binds in is a kind the user is offered a place for (002 §5.1.1(2) 添付資料).
 */
import { CATALOG } from '../../../forms/catalog.js';
import {
  ATTACHMENT_KINDS,
  FACILITY_AREAS,
  type Attachment,
  type AttachmentKind,
  type FacilityArea,
  type Service,
  type Workspace,
} from '../model/index.js';
import { requiredDocuments } from './required.js';
import type { DocumentDefinition, DocumentId } from './types.js';

const AREA_ORDER = Object.keys(FACILITY_AREAS);

/**
 * The attachments bound in right after one instance of `definition` (the service's own, of the kinds
 * it encloses), in `encloses` order and facility photos in the order of the five areas.
 */
export function enclosedAttachments(
  ws: Workspace,
  definition: Pick<DocumentDefinition, 'encloses'>,
  serviceId: string | undefined,
): Attachment[] {
  const kinds = definition.encloses ?? [];
  if (serviceId === undefined || kinds.length === 0) return [];
  return ws.attachments
    .filter((a) => a.serviceId === serviceId && kinds.includes(a.kind))
    .sort(
      (a, b) =>
        kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
        AREA_ORDER.indexOf(a.area ?? '') - AREA_ORDER.indexOf(b.area ?? ''),
    );
}

/** The documents that bind in an attachment of `kind` (its service's instance of each). */
export function documentsEnclosing(kind: AttachmentKind): DocumentId[] {
  return CATALOG.filter((d) => d.encloses?.includes(kind)).map((d) => d.id);
}

/**
 * The kinds of attachment this workspace's documents for one service bind in, in catalogue and
 * `encloses` order: what the user is offered a slot for.
 */
export function enclosedKindsFor(ws: Workspace, serviceId: string): AttachmentKind[] {
  const kinds: AttachmentKind[] = [];
  // The documents the packet holds, change documents included (a registered service's 変更).
  const needed = new Set(requiredDocuments(ws).flatMap((r) => (r.serviceId === serviceId ? [r.id] : [])));
  for (const d of CATALOG) {
    if (!d.encloses || !needed.has(d.id)) continue;
    for (const k of d.encloses) if (!kinds.includes(k)) kinds.push(k);
  }
  return kinds;
}

/** One file a document expects of an enclosed kind: a photo per facility area, else one file. */
export interface ExpectedEnclosure {
  kind: AttachmentKind;
  area: FacilityArea | null;
  /** Missing it is an error (the attachment rules report it); optional ones are offered only. */
  required: boolean;
  /** 「ファシリティ写真（電源設備）」 */
  label: string;
}

/**
 * What a service's document expects of one enclosed kind (002 §5.1.1(2), 001 ファシリティ要件・
 * 減額制度): photos of the five areas, the topology and the pricing material are required; a
 * facility's certification copy once it names a certification; other material never.
 */
export function expectedOf(service: Service, kind: AttachmentKind): ExpectedEnclosure[] {
  if (kind === 'facility-photo')
    return (Object.entries(FACILITY_AREAS) as [FacilityArea, string][]).map(([area, name]) => ({
      kind,
      area,
      required: true,
      label: `${ATTACHMENT_KINDS[kind]}（${name}）`,
    }));
  const required =
    kind === 'network-topology' ||
    kind === 'pricing-material' ||
    (kind === 'certification-copy' &&
      service.kind === 'FA' &&
      service.certifications.some((c) => c.name.trim() !== ''));
  return [{ kind, area: null, required, label: ATTACHMENT_KINDS[kind] }];
}

/** The required files one document instance still lacks, by name (the checklist's 未添付 lines). */
export function missingEnclosures(
  ws: Workspace,
  definition: Pick<DocumentDefinition, 'encloses'>,
  serviceId: string | undefined,
): string[] {
  const service = ws.services.find((s) => s.id === serviceId);
  if (!service) return [];
  const mine = ws.attachments.filter((a) => a.serviceId === service.id);
  return (definition.encloses ?? [])
    .flatMap((kind) => expectedOf(service, kind))
    .filter(
      (e) => e.required && !mine.some((a) => a.kind === e.kind && (e.area === null || a.area === e.area)),
    )
    .map((e) => e.label);
}
