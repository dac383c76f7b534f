/**
 * Version 1 → 2: the filing record (`filings`). A status set by hand in version 1 (a registered or
 * cancelling service, participation accepted) becomes a record of J-LIS's acceptance dated
 * "unknown", with the data as it is now as what J-LIS has on file, so the derived status is the
 * one the user had typed and no change is reported until the data is edited. Nothing is removed.
 *
 * Frozen with the version it migrates: the document ids are written out here, not imported.
 */
import type { Migration, RawWorkspace } from './migrations.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const REGISTRATION_FORM: Readonly<Record<string, string>> = {
  HO: 'hosting-connection',
  AP: 'hosting-connection',
  FA: 'facility-registration',
  CA: 'communication-registration',
};

interface RawFiledDocument {
  documentId: string;
  serviceId: string;
  mode: 'new';
  serviceIds: string[];
  answer: 'accepted';
  answeredOn: '';
  aspCodes: Record<string, string>;
  portalUserIdIssued: boolean;
  note: string;
}

const NOTE =
  '形式バージョン2への更新時に、手入力されていた手続きの状況から作成した記録です（提出日・受理日は不明）。';

const acceptedOnUnknownDate = (documentId: string, serviceId: string): RawFiledDocument => ({
  documentId,
  serviceId,
  mode: 'new',
  serviceIds: [],
  answer: 'accepted',
  answeredOn: '',
  aspCodes: {},
  portalUserIdIssued: false,
  note: NOTE,
});

function migrate(raw: RawWorkspace): RawWorkspace {
  const documents: RawFiledDocument[] = [];
  const procedure = isRecord(raw.procedure) ? raw.procedure : {};
  if (procedure.participationAccepted === true) {
    documents.push(acceptedOnUnknownDate('participation-review', ''));
  }
  const services: unknown[] = Array.isArray(raw.services) ? raw.services : [];
  for (const s of services) {
    if (!isRecord(s) || typeof s.id !== 'string' || typeof s.kind !== 'string') continue;
    if (s.status !== 'registered' && s.status !== 'cancelling') continue;
    const documentId = REGISTRATION_FORM[s.kind];
    if (!documentId) continue;
    // An AP service is registered through its hosting's connection application (002 table 5-1).
    const hosting = isRecord(s.hosting) ? s.hosting : {};
    const serviceId =
      s.kind === 'AP'
        ? hosting.mode === 'internal' && typeof hosting.serviceId === 'string'
          ? hosting.serviceId
          : ''
        : s.id;
    let doc = documents.find((d) => d.documentId === documentId && d.serviceId === serviceId);
    if (!doc) {
      doc = acceptedOnUnknownDate(documentId, serviceId);
      documents.push(doc);
    }
    doc.serviceIds.push(s.id);
    if (typeof s.aspCode === 'string' && s.aspCode !== '') doc.aspCodes[s.id] = s.aspCode;
  }
  const existing: unknown[] = Array.isArray(raw.filings) ? raw.filings : [];
  if (documents.length === 0) return { ...raw, filings: existing };
  const { submissions: _s, filings: _f, quarantine: _q, ...snapshot } = raw;
  const recordedAt =
    typeof raw.updatedAt === 'string' && raw.updatedAt !== '' ? raw.updatedAt : new Date().toISOString();
  const filing = {
    id: `migrated-${typeof raw.id === 'string' ? raw.id : 'workspace'}`,
    filedOn: '',
    recordedAt,
    certifiedMailNumber: '',
    submissionId: '',
    note: NOTE,
    documents,
    snapshot: structuredClone(snapshot),
  };
  return { ...raw, filings: [...existing, filing] };
}

export const recordMigration: Migration = {
  from: 1,
  description:
    '提出・受理の記録（提出履歴）を持つ形式にしました。手入力されていた「登録・接続済み」「解除予定」「参加資格審査の受理」は、受理日不明の受理記録として残しています。',
  migrate,
};
