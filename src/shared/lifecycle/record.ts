/**
 * The filing record: marking a packet as mailed (提出) and recording J-LIS's answer per document
 * (002 §5.1.1(3): 参加結果通知 with the portal user ID, 登録結果通知, 接続結果通知). A service's status
 * and `procedure.participationAccepted` are derived from it (deriveFromRecord), never typed by hand.
 */
import { documentDefinition } from '../../../forms/catalog.js';
import { requiredDocuments } from '../documents/required.js';
import type { RequiredDocument } from '../documents/types.js';
import {
  newId,
  type FiledDocument,
  type Filing,
  type FilingAnswer,
  type Service,
  type Workspace,
} from '../model/index.js';
import { checkAspCode } from '../validation/asp-code.js';
import { checkIsoDate } from '../validation/iso-date.js';

/** A record that cannot be made: the message says what to do; the workspace is left as it was. */
export class RecordError extends Error {
  override name = 'RecordError';
}

/** The forms that register a service (the hosting application also registers its AP services). */
const REGISTERS = new Set(['hosting-connection', 'facility-registration', 'communication-registration']);
const ENDS = new Set(['hosting-cancellation', 'fa-ca-cancellation']);

/** The workspace as it goes to J-LIS: without its own history. */
export function snapshotForFiling(ws: Workspace): Record<string, unknown> {
  const { submissions: _s, filings: _f, quarantine: _q, ...snapshot } = ws;
  return structuredClone(snapshot);
}

function checkDate(value: string, what: string): void {
  const problem = checkIsoDate(value);
  if (problem)
    throw new RecordError(
      `${what}「${value}」は日付として読み取れません。YYYY-MM-DD の形（例: 2027-04-01）で指定してください。`,
    );
}

function servicesCovered(ws: Workspace, d: RequiredDocument): string[] {
  if (d.serviceId === undefined) return [];
  const service = ws.services.find((s) => s.id === d.serviceId);
  if (d.id === 'hosting-connection' && service?.kind === 'HO') return [service.id, ...service.hostedApIds];
  return [d.serviceId];
}

export interface FilingInput {
  /** 提出日 (mailed on), YYYY-MM-DD. */
  filedOn: string;
  certifiedMailNumber?: string;
  note?: string;
  submissionId?: string;
  /**
   * The documents in the envelope (the stage prepared, 002 §5.1.1: one stage per envelope); default
   * every document required now. Only official forms are recorded (aids stay with the sender).
   */
  documents?: readonly RequiredDocument[];
  now?: Date;
}

/** Records the official documents required now as mailed on `filedOn`, with the data as filed. */
export function recordFiling(ws: Workspace, input: FilingInput): Workspace {
  checkDate(input.filedOn, '提出日');
  const documents: FiledDocument[] = (input.documents ?? requiredDocuments(ws))
    .filter((d) => documentDefinition(d.id).kind === 'official')
    .map((d) => ({
      documentId: d.id,
      serviceId: d.serviceId ?? '',
      mode: d.mode ?? 'new',
      serviceIds: servicesCovered(ws, d),
      answer: 'pending',
      answeredOn: '',
      aspCodes: {},
      portalUserIdIssued: false,
      note: '',
    }));
  if (documents.length === 0) {
    throw new RecordError(
      '今は提出が必要な申込書がないため、提出を記録できません。内容を変更した場合は「提出後の変更」で必要な書類を確認してください。',
    );
  }
  const filing: Filing = {
    id: newId(),
    filedOn: input.filedOn,
    recordedAt: (input.now ?? new Date()).toISOString(),
    certifiedMailNumber: input.certifiedMailNumber ?? '',
    submissionId: input.submissionId ?? '',
    note: input.note ?? '',
    documents,
    snapshot: snapshotForFiling(ws),
  };
  return deriveFromRecord({ ...ws, filings: [...ws.filings, filing] });
}

export interface AnswerInput {
  answer: Exclude<FilingAnswer, 'pending'>;
  /** Date of J-LIS's notice, YYYY-MM-DD. */
  answeredOn: string;
  /** The filing answered; default the last one. */
  filingId?: string;
  /** Which of its documents (by index); default every document still waiting for an answer. */
  documentIndexes?: readonly number[];
  /** ASPコード assigned, per service id. */
  aspCodes?: Readonly<Record<string, string>>;
  portalUserIdIssued?: boolean;
  note?: string;
}

/** Records J-LIS's answer to (documents of) a filing. */
export function recordAnswer(ws: Workspace, input: AnswerInput): Workspace {
  const filing =
    input.filingId === undefined ? ws.filings.at(-1) : ws.filings.find((f) => f.id === input.filingId);
  if (!filing) {
    throw new RecordError(
      input.filingId === undefined
        ? 'この案件には提出の記録がないため、受理などの回答を記録できません。先に書類を郵送したこと（提出済）を記録してください（npm run cli -- record <案件ファイル> --filed --date YYYY-MM-DD）。'
        : `提出記録「${input.filingId}」が見つかりません。提出履歴で記録を確かめてください。`,
    );
  }
  checkDate(input.answeredOn, '回答日');
  if (filing.filedOn !== '' && input.answeredOn < filing.filedOn) {
    throw new RecordError(
      `回答日 ${input.answeredOn} が提出日 ${filing.filedOn} より前です。日付を確かめてください。`,
    );
  }
  const indexes =
    input.documentIndexes ?? filing.documents.flatMap((d, i) => (d.answer === 'pending' ? [i] : []));
  if (indexes.length === 0) {
    throw new RecordError(
      'この提出の書類にはすべて回答が記録されています。新しい提出を記録してから回答を記録してください。',
    );
  }
  const codes = Object.entries(input.aspCodes ?? {});
  for (const [serviceId, code] of codes) {
    if (!ws.services.some((s) => s.id === serviceId)) {
      const known = ws.services.map((s) => `${s.id}（${s.name || s.kind}）`).join('、') || 'なし';
      throw new RecordError(
        `ASPコードを記録するサービス「${serviceId}」がこの案件にありません。サービスIDを確かめてください。この案件のサービス: ${known}`,
      );
    }
    if (!indexes.some((i) => filing.documents[i]?.serviceIds.includes(serviceId))) {
      throw new RecordError(
        `サービス「${serviceId}」は今回回答を記録する書類で申し込まれていないため、ASPコードを記録できません。登録申込の受理を記録するときに指定してください。`,
      );
    }
    const problem = checkAspCode(code);
    if (problem) throw new RecordError(`サービス「${serviceId}」のASPコード「${code}」: ${problem.message}`);
  }
  const documents = filing.documents.map((d, i): FiledDocument => {
    if (!indexes.includes(i)) return d;
    const aspCodes = { ...d.aspCodes };
    for (const [serviceId, code] of codes) if (d.serviceIds.includes(serviceId)) aspCodes[serviceId] = code;
    return {
      ...d,
      answer: input.answer,
      answeredOn: input.answeredOn,
      aspCodes,
      portalUserIdIssued:
        d.documentId === 'participation-review' ? (input.portalUserIdIssued ?? d.portalUserIdIssued) : false,
      note: input.note ?? d.note,
    };
  });
  const filings = ws.filings.map((f) => (f === filing ? { ...filing, documents } : f));
  // A 変更届出 chosen by hand is done once J-LIS accepts it: the next change is computed again.
  const changeDone =
    ws.procedure.participationMode === 'change' &&
    documents.some(
      (d) => d.documentId === 'participation-review' && d.mode === 'change' && d.answer === 'accepted',
    );
  const procedure = changeDone ? { ...ws.procedure, participationMode: 'new' as const } : ws.procedure;
  return deriveFromRecord({ ...ws, procedure, filings });
}

type Standing = 'planned' | 'registered' | 'ended';

/**
 * Status and participation from the record: a service is registered once a form registering it was
 * accepted, ended once its 解除申込書 was; the user only chooses to end a registered service
 * (status `cancelling`). The ASPコード J-LIS assigned replaces the typed one.
 */
export function deriveFromRecord(ws: Workspace): Workspace {
  const standing = new Map<string, Standing>();
  const codes = new Map<string, string>();
  let participation: boolean | undefined;
  for (const filing of ws.filings) {
    for (const d of filing.documents) {
      if (d.answer !== 'accepted') continue;
      if (d.documentId === 'participation-review') {
        participation = d.mode !== 'cancel';
      }
      for (const id of d.serviceIds) {
        if (REGISTERS.has(d.documentId)) standing.set(id, 'registered');
        if (ENDS.has(d.documentId)) standing.set(id, 'ended');
      }
      for (const [id, code] of Object.entries(d.aspCodes)) codes.set(id, code);
    }
  }
  const services = ws.services.map((s): Service => {
    const on = standing.get(s.id) ?? 'planned';
    const status = on === 'registered' ? (s.status === 'cancelling' ? 'cancelling' : 'registered') : on;
    const aspCode = codes.get(s.id) ?? s.aspCode;
    return status === s.status && aspCode === s.aspCode ? s : { ...s, status, aspCode };
  });
  const accepted = participation ?? false;
  const procedure =
    accepted === ws.procedure.participationAccepted
      ? ws.procedure
      : { ...ws.procedure, participationAccepted: accepted };
  return { ...ws, services, procedure };
}
