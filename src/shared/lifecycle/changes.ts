/**
 * Every change since the last accepted filing, as the document J-LIS needs for it
 * (002 §5.1.1(1): a change to what was filed → 参加資格変更届出書, leaving → 解除届出書;
 * 002 table 5-1 (2): a new AP service is a 変更 of its hosting's connection application;
 * 002 §5.1.3–5.1.4: ending a registered HO/FA/CA service → its 解除申込書).
 */
import { isDocumentId } from '../../../forms/catalog.js';
import type { DocumentId } from '../documents/types.js';
import { SERVICE_STATUSES, type FilingMode, type Service, type Workspace } from '../model/index.js';
import { diffDocument, type FieldChange } from './diff.js';
import { onFile } from './on-file.js';

export type { FieldChange } from './diff.js';

export interface ChangeDocument {
  id: DocumentId;
  serviceId?: string;
  mode: FilingMode;
  changes: FieldChange[];
}

/**
 * Documents whose content J-LIS keeps and that are filed again, in 変更 mode, when it changes:
 * the participation review (002 §5.1.1(1)) and the registration of each service (002 table 5-1 (2)).
 */
const CHANGEABLE: ReadonlySet<DocumentId> = new Set([
  'participation-review',
  'hosting-connection',
  'facility-registration',
  'communication-registration',
]);

/** The 解除申込書 of a service kind (002 §5.1.3 hosting, §5.1.4 facility and communication). */
const CANCELLATION: Partial<Record<Service['kind'], DocumentId>> = {
  HO: 'hosting-cancellation',
  FA: 'fa-ca-cancellation',
  CA: 'fa-ca-cancellation',
};

const memo = new WeakMap<Workspace, ChangeDocument[]>();

/** What must be notified now, per document, in packet order of the services. */
export function changesSinceAccepted(ws: Workspace): ChangeDocument[] {
  const known = memo.get(ws);
  if (known) return known;
  const result: ChangeDocument[] = [];
  const leaving = ws.procedure.participationMode === 'cancel';
  for (const entry of onFile(ws)) {
    if (!isDocumentId(entry.documentId) || !CHANGEABLE.has(entry.documentId)) continue;
    const perService = entry.serviceId !== '';
    if (perService) {
      // Only a service J-LIS still has registered is changed; one being ended gets its 解除申込書.
      const service = ws.services.find((s) => s.id === entry.serviceId);
      if (!service || service.status !== 'registered') continue;
    } else if (leaving || !ws.procedure.participationAccepted) continue;
    const changes = diffDocument(
      entry.documentId,
      perService ? entry.serviceId : undefined,
      entry.snapshot,
      ws,
    );
    if (changes.length === 0) continue;
    result.push({
      id: entry.documentId,
      ...(perService ? { serviceId: entry.serviceId } : {}),
      mode: 'change',
      changes,
    });
  }
  if (leaving && ws.procedure.participationAccepted) {
    result.push({
      id: 'participation-review',
      mode: 'cancel',
      changes: [
        {
          path: 'procedure.participationMode',
          paths: ['procedure.participationMode'],
          label: '申込区分',
          before: '参加資格あり',
          after: `解除届出${ws.procedure.cancelDate ? `（解除希望日 ${ws.procedure.cancelDate}）` : ''}`,
        },
      ],
    });
  }
  for (const s of ws.services) {
    const id = CANCELLATION[s.kind];
    if (!id || s.status !== 'cancelling') continue;
    result.push({
      id,
      serviceId: s.id,
      mode: 'cancel',
      changes: [
        {
          path: `services.${s.id}.status`,
          paths: [`services.${s.id}.status`],
          label: `サービスの解除（${s.name || '名称未入力のサービス'}）`,
          before: SERVICE_STATUSES.registered,
          after: `${SERVICE_STATUSES.cancelling}${s.cancellation.desiredDate ? `（解除希望日 ${s.cancellation.desiredDate}）` : ''}`,
        },
      ],
    });
  }
  const order = new Map(ws.services.map((s, i) => [s.id, i]));
  result.sort((a, b) => (order.get(a.serviceId ?? '') ?? -1) - (order.get(b.serviceId ?? '') ?? -1));
  memo.set(ws, result);
  return result;
}

/** The changes one document instance prints in its 変更内容 table. */
export function changesOf(ws: Workspace, id: DocumentId, serviceId?: string): FieldChange[] {
  return (
    changesSinceAccepted(ws).find((d) => d.id === id && d.mode === 'change' && d.serviceId === serviceId)
      ?.changes ?? []
  );
}

/**
 * The participation review's mode: 解除届出 when leaving, 変更届出 once accepted and anything it prints
 * changed (or the user said so), else 新規申込.
 */
export function participationModeOf(ws: Workspace): FilingMode {
  const chosen = ws.procedure.participationMode;
  if (chosen === 'cancel') return 'cancel';
  if (chosen === 'change') return 'change';
  return ws.procedure.participationAccepted && changesOf(ws, 'participation-review').length > 0
    ? 'change'
    : 'new';
}

/**
 * Services J-LIS has never registered and that no 変更 carries: each is a 新規 application of its own
 * (an AP on a registered hosting is a 変更 of that hosting instead, 002 table 5-1 (2)). Empty
 * until something was accepted (before that, everything is new).
 */
export function newServices(ws: Workspace): Service[] {
  if (onFile(ws).length === 0) return [];
  // The review lists every service (its 変更届出 names a new one too); only a registration form carries it.
  const carried = new Set(
    changesSinceAccepted(ws).flatMap((d) =>
      d.id === 'participation-review'
        ? []
        : d.changes.flatMap((c) => (c.path.startsWith('services.') ? [c.path.split('.')[1] ?? ''] : [])),
    ),
  );
  return ws.services.filter((s) => s.status === 'planned' && !carried.has(s.id));
}
