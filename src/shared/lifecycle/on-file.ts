/**
 * What J-LIS has on file: for each document instance, the data of the last filing J-LIS accepted
 * it from (002 §5.1.1(3): 参加結果通知, 登録結果通知, 接続結果通知).
 */
import { loadWorkspace } from '../model/load.js';
import type { FiledDocument, Filing, Workspace } from '../model/index.js';

export interface OnFile {
  documentId: string;
  /** '' for a workspace-wide document. */
  serviceId: string;
  filing: Filing;
  document: FiledDocument;
  /** The workspace as it was filed. */
  snapshot: Workspace;
}

// Snapshots never change once recorded and the editor keeps untouched objects as they are, so a
// parsed snapshot is kept per stored object (the diff runs with every keystroke's check).
const parsed = new WeakMap<object, Workspace | null>();

/** The filed data as a workspace; null when it cannot be read (it is then not compared). */
export function snapshotOf(filing: Filing, ws: Workspace): Workspace | null {
  const raw = filing.snapshot;
  if (parsed.has(raw)) return parsed.get(raw) ?? null;
  // A JSON copy, not structuredClone: a template reads the workspace through the render cache's
  // read-tracking Proxy, which cannot be cloned.
  const copy = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
  const loaded = loadWorkspace(
    { ...copy, id: ws.id, createdAt: ws.createdAt, updatedAt: ws.updatedAt, filings: [], submissions: [] },
    { now: new Date(0) },
  );
  const result = loaded.ok ? loaded.workspace : null;
  parsed.set(raw, result);
  return result;
}

export const instanceKey = (documentId: string, serviceId: string | undefined): string =>
  `${documentId}|${serviceId ?? ''}`;

/** The last accepted filing of every document instance, in the order they were accepted. */
export function onFile(ws: Workspace): OnFile[] {
  const latest = new Map<string, OnFile>();
  for (const filing of ws.filings) {
    for (const document of filing.documents) {
      if (document.answer !== 'accepted') continue;
      const snapshot = snapshotOf(filing, ws);
      if (!snapshot) continue;
      const key = instanceKey(document.documentId, document.serviceId);
      latest.delete(key);
      latest.set(key, {
        documentId: document.documentId,
        serviceId: document.serviceId,
        filing,
        document,
        snapshot,
      });
    }
  }
  return [...latest.values()];
}
