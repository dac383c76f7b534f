/**
 * Every document the app produces, in packet order: cover letter, checklist, the official forms in
 * the order of the procedure (002 表5-1 (0)→(3), then cancellations and the fee reduction), then
 * the aids. This order is the order of the cover letter, the checklist and the printed packet.
 */
import type { DocumentDefinition } from '../src/shared/documents/types.js';
import { definition as checklist } from './checklist/definition.js';
import { definition as communicationRegistration } from './communication-registration/definition.js';
import { definition as coverLetter } from './cover-letter/definition.js';
import { definition as delegation } from './delegation/definition.js';
import { definition as faCaCancellation } from './fa-ca-cancellation/definition.js';
import { definition as facilityRegistration } from './facility-registration/definition.js';
import { definition as feeEstimate } from './fee-estimate/definition.js';
import { definition as feeReduction } from './fee-reduction/definition.js';
import { definition as hostingCancellation } from './hosting-cancellation/definition.js';
import { definition as hostingConnection } from './hosting-connection/definition.js';
import { definition as mailingLabel } from './mailing-label/definition.js';
import { definition as nonpublicDisclosure } from './nonpublic-disclosure/definition.js';
import { definition as participationCertification } from './participation-certification/definition.js';
import { definition as participationReview } from './participation-review/definition.js';
import { definition as preRequest } from './pre-request/definition.js';
import { definition as scheduleCoordination } from './schedule-coordination/definition.js';
import { definition as schedule } from './schedule/definition.js';

/**
 * Adding a form: its folder forms/<id>/ (definition.ts via defineDocument, template.tsx exporting
 * `template`) and its line here; forms/templates.ts finds the template by the id.
 */
const FORMS = [
  coverLetter,
  checklist,
  participationCertification,
  participationReview,
  preRequest,
  delegation,
  nonpublicDisclosure,
  hostingConnection,
  facilityRegistration,
  communicationRegistration,
  scheduleCoordination,
  hostingCancellation,
  faCaCancellation,
  feeReduction,
  feeEstimate,
  schedule,
  mailingLabel,
] as const;

/** The fixed document ids (DESIGN §3): those of the catalogue's definitions. */
export type DocumentId = (typeof FORMS)[number]['id'];

export const CATALOG: readonly DocumentDefinition<DocumentId>[] = FORMS;

export const DOCUMENT_IDS: readonly DocumentId[] = CATALOG.map((d) => d.id);

export const isDocumentId = (value: string): value is DocumentId =>
  (DOCUMENT_IDS as readonly string[]).includes(value);

const BY_ID = new Map<DocumentId, DocumentDefinition<DocumentId>>(CATALOG.map((d) => [d.id, d]));

export function documentDefinition(id: DocumentId): DocumentDefinition<DocumentId> {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`書類「${id}」の定義がありません。アプリを最新の版に更新してください。`);
  return found;
}
