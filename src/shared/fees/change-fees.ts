/**
 * The one-time fees a change of a registered hosting brings, priced from the same fee table as the
 * first connection (001「LGWAN-ASP接続料金について(1)」一時費用): LGWAN設定料 「新規及び変更の都度」 once
 * for the 変更 filing, IPアドレス発行料 per address added, プロトコル追加料 per protocol added,
 * アプリケーション証明書発行料 per certificate added — each compared with what J-LIS accepted.
 */
import { changesSinceAccepted } from '../lifecycle/changes.js';
import { onFile } from '../lifecycle/on-file.js';
import type { HoService, Workspace } from '../model/index.js';
import { withTax } from './rounding.js';
import { buildFeeEstimateView, formatYen, type FeeViewRow } from './view.js';
import { feeInputForHosting, protocolKeys, type HostingFeeInput } from './from-workspace.js';

export interface ChangeFees {
  ok: true;
  /** One row per fee the change brings (quantity > 0), as the fee table names and prices it. */
  rows: FeeViewRow[];
  total: number;
  totalText: string;
  /** What was counted, in words: 「IPアドレス 2個追加」. */
  counted: string[];
  /** The total with consumption tax, rounded as the fee table says (注6). */
  taxIncluded: { label: string; text: string };
}

/** null when the hosting is not registered or nothing of its connection application changed. */
export function changeFeesForHosting(
  ws: Workspace,
  ho: HoService,
  options: { taxDate?: string } = {},
): ChangeFees | Extract<HostingFeeInput, { ok: false }> | null {
  const change = changesSinceAccepted(ws).find(
    (d) => d.id === 'hosting-connection' && d.serviceId === ho.id && d.mode === 'change',
  );
  if (!change) return null;
  const filed = onFile(ws).find((e) => e.documentId === 'hosting-connection' && e.serviceId === ho.id);
  const before = filed?.snapshot.services.find((s): s is HoService => s.id === ho.id && s.kind === 'HO');
  if (!filed || !before) return null;
  const base = feeInputForHosting(ws, ho);
  if (!base.ok) return base;

  const known = protocolKeys(before, filed.snapshot.services);
  const protocols = [...protocolKeys(ho, ws.services)].filter((k) => !known.has(k));
  const quantities = {
    settings: 1,
    ipAddresses: Math.max(0, ho.ipAddressCount - before.ipAddressCount),
    certificates: Math.max(0, ho.certificateCount - before.certificateCount),
    protocolAdditions: protocols.length,
  };
  const view = buildFeeEstimateView({ ...base.input, ...quantities }, options);
  const lines = view.estimate.oneTime.lines;
  const rows = view.oneTime.rows.filter((_, i) => (lines[i]?.quantity ?? 0) > 0);
  const total = rows.reduce((sum, r) => sum + r.amount, 0);
  const counted = [
    '接続申込書の変更 1回',
    ...(quantities.ipAddresses > 0 ? [`IPアドレス ${quantities.ipAddresses}個追加`] : []),
    ...(quantities.certificates > 0 ? [`アプリケーション証明書 ${quantities.certificates}件追加`] : []),
    ...(protocols.length > 0 ? [`プロトコル追加 ${protocols.join('・')}`] : []),
  ];
  const percent = view.taxIncluded.percent;
  const taxIncluded = {
    label: `変更に伴う一時費用（税込${percent}%）`,
    text: formatYen(withTax(total, percent)),
  };
  return { ok: true, rows, total, totalText: formatYen(total), counted, taxIncluded };
}
