/**
 * Which document instances a workspace's packet holds, in packet order, and which findings block a
 * clean (non-draft) packet.
 *
 * The documents come from the catalogue's `requiredDocuments`. INTERIM: `blockingFindings` blocks
 * only on the gaps that leave a form unusable until the rules engine (`checkWorkspace`) replaces it.
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

export interface BlockingFinding {
  ruleId: string;
  message: string;
  source: string;
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

/** Gaps that make a printed form unusable; a clean packet is refused while any remains. */
export function blockingFindings(ws: Workspace): BlockingFinding[] {
  const found: BlockingFinding[] = [];
  const add = (ruleId: string, message: string, source: string) => found.push({ ruleId, message, source });
  const { provider, applicant } = ws;
  if (!provider.name)
    add('provider.name', 'サービス提供者の名称を入力してください。', '002_0f100134b4811c0f.txt 5.1.1(1)');
  if (!provider.category)
    add(
      'provider.category',
      'サービス提供者の区分（①～⑦）を選んでください。',
      '002_0f100134b4811c0f.txt 3.2.2(1)',
    );
  if (!provider.address.prefecture || !provider.address.rest)
    add(
      'provider.address',
      'サービス提供者の所在地を入力してください。',
      '002_0f100134b4811c0f.txt 5.1.1(1)',
    );
  if (!provider.representative.name)
    add('provider.representative', '代表者の氏名を入力してください。', '002_0f100134b4811c0f.txt 5.1.1(1)');
  if (
    !applicant.isRepresentative &&
    (!applicant.person.name || !applicant.delegation.matters || !applicant.delegation.date)
  )
    add(
      'delegation',
      '申込者が代表者でないため、委任状の受任者氏名・委任事項・委任日を入力してください。',
      '002_0f100134b4811c0f.txt 5.1.1(1)',
    );
  for (const s of ws.services) {
    if (!s.name)
      add('service.name', `${s.kind}サービスの名称を入力してください。`, '002_0f100134b4811c0f.txt 5.1.1(2)');
  }
  return found;
}
