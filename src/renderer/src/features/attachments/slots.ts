import { FACILITY_AREAS, type AttachmentKind, type FacilityArea } from '../../../../shared/model/enums.js';
import type { Attachment } from '../../../../shared/model/attachments.js';
import type { Service } from '../../../../shared/model/services.js';
import type { Workspace } from '../../../../shared/model/index.js';
import {
  enclosedKindsFor,
  expectedOf,
  type ExpectedEnclosure,
} from '../../../../shared/documents/encloses.js';
import type { Requirement } from '../../help/Requirement.js';
import { REQ } from '../../help/requirements.js';

/** A place in a service's checklist where the documents expect a file. */
export interface Slot {
  /** Rules-engine path: `attachments.slot.<serviceId>.<kind>[.<area>]`. */
  path: string;
  serviceId: string;
  kind: AttachmentKind;
  area: FacilityArea | null;
  label: string;
  /** Optional slots are shown but not counted as missing. */
  required: boolean;
  requirement?: Requirement;
  accept: string;
}

const IMAGES = 'image/jpeg,image/png';
const IMAGES_PDF = 'image/jpeg,image/png,application/pdf';

const slot = (
  service: Service,
  kind: AttachmentKind,
  area: FacilityArea | null,
  label: string,
  required: boolean,
  accept: string,
  requirement?: Requirement,
): Slot => ({
  path: `attachments.slot.${service.id}.${kind}${area ? `.${area}` : ''}`,
  serviceId: service.id,
  kind,
  area,
  label,
  required,
  accept,
  requirement,
});

/** How the editor shows a place for each kind: its wording, the files it takes, the requirement. */
const PRESENTATION: Record<
  AttachmentKind,
  { label: (e: ExpectedEnclosure, service: Service) => string; accept: string; requirement?: Requirement }
> = {
  'facility-photo': {
    label: (e) => `写真: ${e.area ? FACILITY_AREAS[e.area] : ''}`,
    accept: IMAGES,
    requirement: REQ.faPhotos,
  },
  'network-topology': { label: (e) => e.label, accept: IMAGES_PDF, requirement: REQ.hoTopology },
  'certification-copy': { label: (e) => e.label, accept: IMAGES_PDF },
  'pricing-material': { label: (e) => e.label, accept: IMAGES_PDF, requirement: REQ.feeReduction },
  // Without a certification, other material shows a facility meets the requirements (001).
  other: {
    label: (_e, service) =>
      service.kind === 'FA' ? 'その他の資料（認証がない場合の説明資料など）' : 'その他の資料（任意）',
    accept: IMAGES_PDF,
  },
};

/**
 * The places the editor offers for `service`: one per file the documents this workspace needs for
 * it bind in (their `encloses`, shared/documents/encloses.ts), required as those documents expect,
 * so the editor, the packet, the checklist and the attachment rules name the same files.
 */
export const slotsFor = (service: Service, ws: Workspace): Slot[] =>
  enclosedKindsFor(ws, service.id).flatMap((kind) =>
    expectedOf(service, kind).map((e) => {
      const shown = PRESENTATION[kind];
      return slot(
        service,
        kind,
        e.area,
        shown.label(e, service),
        e.required,
        shown.accept,
        shown.requirement,
      );
    }),
  );

export const inSlot = (attachment: Attachment, s: Slot): boolean =>
  attachment.serviceId === s.serviceId &&
  attachment.kind === s.kind &&
  (s.area === null || attachment.area === s.area);
