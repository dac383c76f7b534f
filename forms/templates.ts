/**
 * Document id → PDF template. Ids are the fixed document ids of DESIGN §3 (they name output files);
 * the catalogue (forms/catalog.ts) says when each is required and in which order it is packed.
 */
import type { FormTemplate } from './_parts/context.js';
import type { DocumentId } from './catalog.js';
import { template as checklist } from './checklist/template.js';
import { template as communicationRegistration } from './communication-registration/template.js';
import { template as coverLetter } from './cover-letter/template.js';
import { template as delegation } from './delegation/template.js';
import { template as faCaCancellation } from './fa-ca-cancellation/template.js';
import { template as facilityRegistration } from './facility-registration/template.js';
import { template as feeEstimate } from './fee-estimate/template.js';
import { template as feeReduction } from './fee-reduction/template.js';
import { template as hostingCancellation } from './hosting-cancellation/template.js';
import { template as hostingConnection } from './hosting-connection/template.js';
import { template as mailingLabel } from './mailing-label/template.js';
import { template as nonpublicDisclosure } from './nonpublic-disclosure/template.js';
import { template as participationCertification } from './participation-certification/template.js';
import { template as participationReview } from './participation-review/template.js';
import { template as preRequest } from './pre-request/template.js';
import { template as scheduleCoordination } from './schedule-coordination/template.js';
import { template as schedule } from './schedule/template.js';

export type { FormTemplate, TemplateContext, Enclosure, EnclosedAttachment } from './_parts/context.js';

export const TEMPLATES = {
  'participation-certification': participationCertification,
  'participation-review': participationReview,
  'pre-request': preRequest,
  delegation,
  'nonpublic-disclosure': nonpublicDisclosure,
  'hosting-connection': hostingConnection,
  'facility-registration': facilityRegistration,
  'communication-registration': communicationRegistration,
  'schedule-coordination': scheduleCoordination,
  'hosting-cancellation': hostingCancellation,
  'fa-ca-cancellation': faCaCancellation,
  'fee-reduction': feeReduction,
  'cover-letter': coverLetter,
  checklist,
  'mailing-label': mailingLabel,
  'fee-estimate': feeEstimate,
  schedule,
} as const satisfies Record<DocumentId, FormTemplate>;

export type TemplateId = DocumentId;

export function templateFor(id: string): FormTemplate {
  const template = (TEMPLATES as Record<string, FormTemplate | undefined>)[id];
  if (!template) throw new Error(`書類「${id}」の様式がありません。アプリを最新の版に更新してください。`);
  return template;
}
