import {
  ATTACHMENT_KINDS,
  FACILITY_AREAS,
  type AttachmentKind,
  type FacilityArea,
} from '../../../../shared/model/enums.js';
import type { Attachment } from '../../../../shared/model/attachments.js';
import type { Service } from '../../../../shared/model/services.js';
import type { Workspace } from '../../../../shared/model/index.js';
import { enclosedKindsFor } from '../../../../shared/documents/encloses.js';
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

/**
 * How the UI offers a place for each kind of attachment; which kinds a service is offered comes
 * from its documents' `encloses` (shared/documents/encloses.ts), so the UI, the packet and the
 * attachment rule name the same kinds (002 §5.1.1(2), 001 ファシリティ要件・減額制度).
 */
const SLOTS_OF: Record<AttachmentKind, (service: Service) => Slot[]> = {
  'facility-photo': (service) =>
    (Object.entries(FACILITY_AREAS) as [FacilityArea, string][]).map(([area, name]) =>
      slot(service, 'facility-photo', area, `写真: ${name}`, true, IMAGES, REQ.faPhotos),
    ),
  'network-topology': (service) => [
    slot(
      service,
      'network-topology',
      null,
      ATTACHMENT_KINDS['network-topology'],
      true,
      IMAGES_PDF,
      REQ.hoTopology,
    ),
  ],
  // A facility naming a certification attaches its copy (001 ファシリティ要件); otherwise optional.
  'certification-copy': (service) => [
    slot(
      service,
      'certification-copy',
      null,
      ATTACHMENT_KINDS['certification-copy'],
      service.kind === 'FA' && service.certifications.some((c) => c.name.trim() !== ''),
      IMAGES_PDF,
    ),
  ],
  'pricing-material': (service) => [
    slot(
      service,
      'pricing-material',
      null,
      ATTACHMENT_KINDS['pricing-material'],
      true,
      IMAGES_PDF,
      REQ.feeReduction,
    ),
  ],
  // Without a certification, other material shows a facility meets the requirements (001).
  other: (service) => [
    slot(
      service,
      'other',
      null,
      service.kind === 'FA' ? 'その他の資料（認証がない場合の説明資料など）' : 'その他の資料（任意）',
      false,
      IMAGES_PDF,
    ),
  ],
};

/** What the documents this workspace needs for `service` bind in behind them, slot by slot. */
export const slotsFor = (service: Service, ws: Workspace): Slot[] =>
  enclosedKindsFor(ws, service.id).flatMap((kind) => SLOTS_OF[kind](service));

export const inSlot = (attachment: Attachment, s: Slot): boolean =>
  attachment.serviceId === s.serviceId &&
  attachment.kind === s.kind &&
  (s.area === null || attachment.area === s.area);
