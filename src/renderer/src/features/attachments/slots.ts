import {
  ATTACHMENT_KINDS,
  FACILITY_AREAS,
  type AttachmentKind,
  type FacilityArea,
} from '../../../../shared/model/enums.js';
import type { Attachment } from '../../../../shared/model/attachments.js';
import type { Service } from '../../../../shared/model/services.js';
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

/** What each service's documents need attached (002 §5.1.1(2), 001 ファシリティ要件・減額制度). */
export const slotsFor = (service: Service): Slot[] => {
  switch (service.kind) {
    case 'FA': {
      const hasCertification = service.certifications.some((c) => c.name.trim() !== '');
      return [
        ...(Object.entries(FACILITY_AREAS) as [FacilityArea, string][]).map(([area, name]) =>
          slot(service, 'facility-photo', area, `写真: ${name}`, true, IMAGES, REQ.faPhotos),
        ),
        slot(
          service,
          'certification-copy',
          null,
          ATTACHMENT_KINDS['certification-copy'],
          hasCertification,
          IMAGES_PDF,
        ),
        // Without a certification, other material shows the requirements are met (001 ファシリティ要件).
        slot(service, 'other', null, 'その他の資料（認証がない場合の説明資料など）', false, IMAGES_PDF),
      ];
    }
    case 'HO':
      return [
        slot(
          service,
          'network-topology',
          null,
          ATTACHMENT_KINDS['network-topology'],
          true,
          IMAGES_PDF,
          REQ.hoTopology,
        ),
        ...(service.feeReduction.apply
          ? [
              slot(
                service,
                'pricing-material',
                null,
                ATTACHMENT_KINDS['pricing-material'],
                true,
                IMAGES_PDF,
                REQ.feeReduction,
              ),
            ]
          : []),
      ];
    case 'AP':
    case 'CA':
      return [slot(service, 'other', null, 'その他の資料（任意）', false, IMAGES_PDF)];
  }
};

export const inSlot = (attachment: Attachment, s: Slot): boolean =>
  attachment.serviceId === s.serviceId &&
  attachment.kind === s.kind &&
  (s.area === null || attachment.area === s.area);
