/**
 * One-time fees of a change (001_5b371a93b315b6e8.txt「LGWAN-ASP接続料金について(1)」一時費用):
 * LGWAN設定料 ¥100,000 「新規及び変更の都度」, IPアドレス発行料 per address, プロトコル追加料 per
 * addition — priced from forms/fees/fee-schedule.json, counted against what J-LIS accepted.
 */
import { describe, expect, it } from 'vitest';
import { changeFeesForHosting } from '../../../src/shared/fees/change-fees.js';
import { loadFeeSchedule } from '../../../src/shared/fees/index.js';
import { acceptedSample, addAp, edited, hosting, sample, service } from '../../helpers/lifecycle/accepted.js';

const base = acceptedSample();
const price = (id: string) => loadFeeSchedule().oneTimeFees.find((f) => f.id === id)?.amount ?? NaN;

describe('one-time fees a change brings', () => {
  it('nothing before the hosting is registered, nor while nothing it prints changed', () => {
    expect(changeFeesForHosting(sample(), hosting(sample()))).toBeNull();
    expect(changeFeesForHosting(base, hosting(base))).toBeNull();
  });

  it('a new AP service: one LGWAN設定料 for the 変更, nothing else', () => {
    const ws = edited(base, (d) => addAp(d, 'ap-new', '施設予約サービス'));
    const fees = changeFeesForHosting(ws, hosting(ws));
    expect(fees?.ok && fees.rows.map((r) => [r.id, r.amount])).toEqual([
      ['lgwan-setup', price('lgwan-setup')],
    ]);
    expect(price('lgwan-setup')).toBe(100_000);
  });

  it('added addresses and a new protocol are priced per address and per addition; existing ones are not', () => {
    const ws = edited(base, (d) => {
      addAp(d, 'ap-new', '施設予約サービス');
      hosting(d).ipAddressCount += 2;
      service<'AP'>(d, 'ap-new').extraProtocols = [{ protocol: 'SFTP', port: '22', purpose: 'ファイル連携' }];
    });
    const fees = changeFeesForHosting(ws, hosting(ws));
    if (!fees?.ok) throw new Error('expected fees');
    expect(fees.rows.map((r) => [r.id, r.amount])).toEqual([
      ['lgwan-setup', 100_000],
      ['ip-address', 2 * price('ip-address')],
      ['protocol-addition', price('protocol-addition')],
    ]);
    expect(fees.total).toBe(100_000 + 2 * price('ip-address') + price('protocol-addition'));
    expect(fees.counted).toEqual(['接続申込書の変更 1回', 'IPアドレス 2個追加', 'プロトコル追加 SFTP/22']);
    // Taking addresses away costs nothing (only an issue is charged).
    const fewer = edited(ws, (d) => {
      hosting(d).ipAddressCount = 1;
    });
    const less = changeFeesForHosting(fewer, hosting(fewer));
    expect(less?.ok && less.rows.map((r) => r.id)).toEqual(['lgwan-setup', 'protocol-addition']);
  });
});
