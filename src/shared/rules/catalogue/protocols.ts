import { serviceName } from '../../documents/format.js';
import { loadFeeSchedule } from '../../fees/fee-schedule.js';
import type { ProtocolEntry, Service } from '../../model/index.js';
import { S001 } from '../sources.js';
import type { Rule } from '../types.js';

const STANDARD = new Set(['HTTP/80', 'HTTPS/443']);

let protocolFee: { label: string; amount: number } | undefined;
function fee(): { label: string; amount: number } {
  if (!protocolFee) {
    const item = loadFeeSchedule().oneTimeFees.find((f) => f.id === 'protocol-addition');
    protocolFee = { label: item?.label ?? 'プロトコル追加料', amount: item?.amount ?? 0 };
  }
  return protocolFee;
}

const key = (p: ProtocolEntry) => `${p.protocol.trim().toUpperCase()}/${p.port.trim()}`;
const carriesProtocols = (s: Service): s is Extract<Service, { kind: 'AP' | 'HO' }> =>
  s.kind === 'AP' || s.kind === 'HO';

/**
 * 001 AP 主な提供条件: HTTP(80)/HTTPS(443) are standard; any other protocol or port is applied for
 * separately, costs the protocol addition fee and passes a security-risk review (fee note 5).
 */
export const extraProtocols: Rule = {
  id: 'service.extra-protocols',
  severity: 'info',
  source: `${S001} アプリケーション及びコンテンツサービスについて 主な提供条件、LGWAN-ASP接続料金について(1) 注5`,
  title: 'HTTP/HTTPS以外のプロトコル（プロトコル追加料・審査）',
  check(ctx, report) {
    for (const s of ctx.ws.services) {
      if (!carriesProtocols(s) || s.status === 'cancelling' || s.extraProtocols.length === 0) continue;
      const name = `「${serviceName(s)}」`;
      const incomplete: string[] = [];
      const extra: string[] = [];
      const standard: string[] = [];
      s.extraProtocols.forEach((p, i) => {
        if (p.protocol.trim() === '' || p.port.trim() === '' || p.purpose.trim() === '')
          incomplete.push(`services.${s.id}.extraProtocols.${i}`);
        else if (STANDARD.has(key(p))) standard.push(`services.${s.id}.extraProtocols.${i}`);
        else extra.push(key(p));
      });
      const documents = ctx.usedBy(`services.${s.id}.extraProtocols`);
      if (incomplete.length > 0)
        report({
          message: `${name}の追加プロトコルに、プロトコル名・ポート番号・用途の入力が足りない行があります。すべて入力するか、不要な行を削除してください。`,
          paths: incomplete,
          documents,
          severity: 'error',
        });
      if (standard.length > 0)
        report({
          message: `${name}のHTTP(80)・HTTPS(443)は標準で使えるため、追加プロトコルとして申請する必要はありません。行を削除してください。`,
          paths: standard,
          documents,
          severity: 'warning',
        });
      if (extra.length > 0) {
        const f = fee();
        report({
          message: `${name}はHTTP/HTTPS以外のプロトコル（${[...new Set(extra)].join('、')}）を使うため別途申請が必要です。セキュリティ・リスク等の審査を経て利用でき、${f.label}（${f.amount.toLocaleString('ja-JP')}円・追加の都度）がかかります。`,
          paths: [`services.${s.id}.extraProtocols`],
          documents,
        });
      }
    }
  },
};

export const PROTOCOL_RULES: Rule[] = [extraProtocols];
