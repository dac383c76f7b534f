import { describe, expect, it } from 'vitest';
import {
  BANDWIDTHS,
  buildFeeEstimateView,
  estimateFees,
  FeeInputError,
  loadFeeSchedule,
  type FeeInput,
} from '../../../src/shared/fees/index.js';

const base: FeeInput = {
  providerType: 'private',
  area: 'single',
  router: 'asp',
  bandwidth: '10M',
  routers: 2,
  settings: 1,
  ipAddresses: 0,
  certificates: 0,
  protocolAdditions: 0,
};
const line = (lines: { id: string; amount: number; exempt: boolean }[], id: string) => {
  const found = lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};

describe('one-time fees (001「LGWAN-ASP接続料金について(1)」一時費用)', () => {
  it('private provider: 設定料 + 3 IP addresses + 2 certificates + 1 protocol = 300,000円', () => {
    const e = estimateFees({ ...base, ipAddresses: 3, certificates: 2, protocolAdditions: 1 });
    expect(e.oneTime.lines.map((l) => [l.label, l.amount])).toEqual([
      ['LGWAN設定料', 100_000],
      ['IPアドレス発行料', 30_000],
      ['アプリケーション証明書発行料', 120_000],
      ['プロトコル追加料', 50_000],
    ]);
    expect(e.oneTime.total).toBe(300_000);
    expect(e.taxIncluded.oneTime).toBe(330_000);
  });

  it('a municipality serving its prefecture gets certificates free but pays the rest', () => {
    const e = estimateFees({
      ...base,
      providerType: 'municipality',
      router: 'own',
      bandwidth: undefined,
      ipAddresses: 2,
      certificates: 4,
    });
    expect(line(e.oneTime.lines, 'application-certificate')).toMatchObject({ amount: 0, exempt: true });
    expect(e.oneTime.total).toBe(100_000 + 20_000);
  });

  it('a prefecture serving several prefectures pays for certificates (exemption is for 単一都道府県域 only)', () => {
    const e = estimateFees({ ...base, providerType: 'prefecture', area: 'multi', certificates: 1 });
    expect(line(e.oneTime.lines, 'application-certificate')).toMatchObject({ amount: 60_000, exempt: false });
  });

  it('two changes of settings are billed twice (「新規及び変更の都度」)', () => {
    expect(estimateFees({ ...base, settings: 2 }).oneTime.total).toBe(200_000);
  });
});

describe('exemptions and notes', () => {
  it('note 3: a prefecture serving other prefectures pays 網使用料 but no LGWAN利用料', () => {
    const e = estimateFees({ ...base, providerType: 'prefecture', area: 'multi', bandwidth: '50M' });
    expect(line(e.annual.lines, 'network-usage').amount).toBe(2_439_000);
    expect(line(e.annual.lines, 'lgwan-usage')).toMatchObject({ amount: 0, exempt: true });
    expect(e.annual.total).toBe(160_000 + 516_000 + 2_439_000);
  });

  it('note 4: a municipality with an ASP router pays LGWAN利用料, a prefecture does not', () => {
    const municipality = estimateFees({ ...base, providerType: 'municipality', bandwidth: '100M' });
    const prefecture = estimateFees({ ...base, providerType: 'prefecture', bandwidth: '100M' });
    expect(line(municipality.annual.lines, 'lgwan-usage').amount).toBe(150_000);
    expect(line(prefecture.annual.lines, 'lgwan-usage').amount).toBe(0);
  });

  it('note 2: with its own router a municipality pays ASP運営管理料 once it serves other bodies', () => {
    const own = estimateFees({ ...base, providerType: 'municipality', area: 'own', router: 'own' });
    const single = estimateFees({ ...base, providerType: 'municipality', area: 'single', router: 'own' });
    expect(line(own.annual.lines, 'asp-management').amount).toBe(0);
    expect(line(single.annual.lines, 'asp-management').amount).toBe(516_000);
  });

  it('note 1: a redundant pair is billed at the dearer line', () => {
    const e = estimateFees({ ...base, area: 'multi', bandwidth: '100M', redundantLine: { bandwidth: '1G' } });
    expect(line(e.annual.lines, 'network-usage').amount).toBe(26_100_000);
    expect(line(e.annual.lines, 'lgwan-usage').amount).toBe(1_548_000);
    expect(e.annual.lines.find((l) => l.id === 'lgwan-usage')?.billedLine).toBe('secondary');
    const cheaperSecondary = estimateFees({
      ...base,
      bandwidth: '200M',
      redundantLine: { bandwidth: '10M' },
    });
    expect(line(cheaperSecondary.annual.lines, 'lgwan-usage').amount).toBe(420_000);
    expect(cheaperSecondary.notes.map((n) => n.label)).toContain('注1');
  });

  it('mentions the reduction scheme only for lines of 100Mbps or less', () => {
    expect(estimateFees({ ...base, bandwidth: '100M' }).notes.map((n) => n.label)).toContain('減額制度');
    expect(estimateFees({ ...base, bandwidth: '200M' }).notes.map((n) => n.label)).not.toContain('減額制度');
  });
});

describe('monthly payment and consumption tax (注6)', () => {
  it('monthly = annual / 12 rounded half up: 716,000円 a year (1 router) is 59,667円 a month', () => {
    const e = estimateFees({ ...base, routers: 1 });
    expect(e.annual.total).toBe(716_000);
    expect(e.monthly).toBe(59_667);
    expect(e.taxIncluded.monthly).toBe(65_634); // 65,633.7
  });

  it('rounds down below half: 796,000円 a year is 66,333円 a month, 72,966円 with tax', () => {
    const e = estimateFees(base);
    expect(e.monthly).toBe(66_333);
    expect(e.taxIncluded).toMatchObject({ percent: 10, annual: 875_600, monthly: 72_966 });
  });

  it('has no consumption-tax rate before 2019-10-01 and says so', () => {
    expect(() => estimateFees(base, { taxDate: '2019-09-30' })).toThrow(FeeInputError);
  });
});

describe('combinations the table does not price', () => {
  it.each([
    [{ area: 'own' as const }, 'area', '自団体のみ'],
    [
      { router: 'own' as const },
      'router',
      'LGWAN接続ルータは「ASP用に用意したLGWAN接続ルータ」を選んでください。',
    ],
    [
      { providerType: 'municipality' as const, area: 'multi' as const, router: 'own' as const },
      'router',
      '単一都道府県域',
    ],
  ])('%o is refused with a message naming the option', (change, option, words) => {
    const attempt = () => estimateFees({ ...base, ...change });
    expect(attempt).toThrow(FeeInputError);
    expect(attempt).toThrow(words);
    try {
      attempt();
    } catch (error) {
      expect((error as FeeInputError).option).toBe(option);
      // Shown on the 料金試算 screen and printed on the 料金試算書: no command-line flags in it.
      expect((error as FeeInputError).message).not.toMatch(/--/);
      expect((error as FeeInputError).choices.length).toBeGreaterThan(0);
    }
  });

  it('asks for the bandwidth when a tiered fee is charged and none was given', () => {
    const attempt = () => estimateFees({ ...base, bandwidth: undefined });
    expect(attempt).toThrow('回線帯域を選んでください');
    expect(attempt).toThrow(expect.objectContaining({ option: 'bandwidth', choices: BANDWIDTHS }));
  });

  it('needs no bandwidth when every tiered fee is exempt (「区分なし」)', () => {
    const e = estimateFees({ ...base, providerType: 'prefecture', router: 'asp', bandwidth: undefined });
    expect(e.annual.total).toBe(676_000);
  });
});

describe('fee data', () => {
  it('validates and names 001 as the governing source for every fee', () => {
    const schedule = loadFeeSchedule();
    for (const fee of [...schedule.oneTimeFees, ...schedule.annualFees]) {
      expect(fee.sources[0]).toMatch(/^001_5b371a93b315b6e8\.txt/);
      expect(fee.sources.some((s) => s.startsWith('000_768f57b56e1ca9c0.txt'))).toBe(true);
    }
    expect(schedule.notes.map((n) => n.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('buildFeeEstimateView', () => {
  it('gives the printed rows, totals and version in Japanese', () => {
    const view = buildFeeEstimateView({ ...base, area: 'multi', bandwidth: '1G', ipAddresses: 1 });
    expect(view.conditions).toContainEqual({ label: '提供地域', value: '複数都道府県域・全国域' });
    expect(view.annual.rows.map((r) => [r.label, r.basis, r.amountText])).toEqual([
      ['LGWAN接続ルータ監視料', '80,000円 × 2台', '160,000円'],
      ['ASP運営管理料', '516,000円', '516,000円'],
      ['LGWAN網使用料', '1Gbps以下', '26,100,000円'],
      ['LGWAN利用料', '1Gbps以下', '1,548,000円'],
    ]);
    expect(view.annual.totalText).toBe('28,324,000円');
    expect(view.monthly.text).toBe('2,360,333円');
    expect(view.oneTime.totalText).toBe('110,000円');
    expect(view.taxIncluded.rows[0]).toEqual({
      id: 'annual',
      label: '年額（税込10%）',
      amount: 31_156_400,
      text: '31,156,400円',
    });
    expect(view.feeTable).toMatchObject({ version: '2021-01', effectiveFrom: '2019-04-01' });
    expect(view.notes.map((n) => n.label)).toContain('注6');
  });

  it('shows why an exempt fee is 0円', () => {
    const view = buildFeeEstimateView({ ...base, providerType: 'prefecture', bandwidth: undefined });
    const usage = view.annual.rows.find((r) => r.id === 'lgwan-usage');
    expect(usage).toMatchObject({ basis: '免除', amountText: '0円' });
    expect(usage?.exemptionText).toContain('注4');
  });
});
