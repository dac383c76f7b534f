/**
 * The change step of the required documents: after the first-filing documents of every definition
 * (forms/<id>/definition.ts `requiredWhen`), the documents the changes since the last accepted
 * filing need, in 変更 mode, each with the items it notifies as its reason.
 */
import { CATALOG, documentDefinition } from '../../../forms/catalog.js';
import type { RequiredDocument } from '../documents/types.js';
import type { Workspace } from '../model/index.js';
import { changesSinceAccepted, participationModeOf } from './changes.js';

const MODE_OF: Partial<Record<string, RequiredDocument['mode']>> = {
  'hosting-cancellation': 'cancel',
  'fa-ca-cancellation': 'cancel',
};

function reasonFor(labels: readonly string[]): string {
  const shown = labels.slice(0, 3).join('、');
  const more = labels.length > 3 ? `ほか${labels.length - 3}件` : '';
  return `受理された内容から「${shown}」${more}が変わったため、変更を届け出ます`;
}

export function withChangeDocuments(
  ws: Workspace,
  firstFiling: readonly RequiredDocument[],
): RequiredDocument[] {
  const list: RequiredDocument[] = firstFiling.map((d) => {
    const mode = d.id === 'participation-review' ? participationModeOf(ws) : (MODE_OF[d.id] ?? 'new');
    return { ...d, mode };
  });
  const has = (id: string, serviceId?: string) => list.some((d) => d.id === id && d.serviceId === serviceId);
  for (const change of changesSinceAccepted(ws)) {
    if (change.mode !== 'change' || has(change.id, change.serviceId)) continue;
    list.push({
      id: change.id,
      title: documentDefinition(change.id).title,
      reason: reasonFor([...new Set(change.changes.map((c) => c.label))]),
      mode: 'change',
      ...(change.serviceId === undefined ? {} : { serviceId: change.serviceId }),
    });
  }
  // A registered hosting's 変更 brings one-time fees (001 接続料金 (1): LGWAN設定料「新規及び変更の
  // 都度」): the 料金試算書 goes with it, priced against what J-LIS accepted.
  if (list.some((d) => d.id === 'hosting-connection' && d.mode === 'change') && !has('fee-estimate')) {
    list.push({
      id: 'fee-estimate',
      title: documentDefinition('fee-estimate').title,
      reason: 'ホスティングサービスの接続申込書の変更に伴う一時費用（LGWAN設定料ほか）の試算です（参考資料）',
      mode: 'change',
    });
  }
  // Packet order (forms/catalog.ts), then the order the services are listed in.
  const catalogOrder = new Map(CATALOG.map((d, i) => [d.id, i]));
  const serviceOrder = new Map(ws.services.map((s, i) => [s.id, i]));
  return list
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (catalogOrder.get(a.d.id) ?? 0) - (catalogOrder.get(b.d.id) ?? 0) ||
        (serviceOrder.get(a.d.serviceId ?? '') ?? -1) - (serviceOrder.get(b.d.serviceId ?? '') ?? -1) ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}
