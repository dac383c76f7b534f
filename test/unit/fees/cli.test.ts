import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/fees.js';
import type { CliIo } from '../../../src/cli/io.js';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: process.cwd(),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('npm run cli -- fees', () => {
  it('prints each fee line and the annual total excluding tax', async () => {
    const r = await cli('--provider', 'private', '--area', 'multi', '--router', 'asp', '--bandwidth', '500M');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/LGWAN接続ルータ監視料\s+80,000円 × 2台\s+160,000円/);
    expect(r.stdout).toMatch(/LGWAN網使用料\s+500Mbps以下\s+13,050,000円/);
    expect(r.stdout).toMatch(/LGWAN利用料\s+500Mbps以下\s+750,000円/);
    expect(r.stdout).toMatch(/年額合計\s+14,476,000円/);
  });

  it('--json has annual lines and total, monthly, oneTime and taxIncluded', async () => {
    const r = await cli(
      ...['--provider', 'municipality', '--area', 'single', '--router', 'asp', '--bandwidth', '1G'],
      ...['--routers', '1', '--ip-addresses', '2', '--certificates', '1', '--json'],
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      annual: { lines: { id: string; amount: number }[]; total: number };
      monthly: number;
      oneTime: { total: number };
      taxIncluded: { annual: number; monthly: number; oneTime: number };
    };
    expect(out.annual.lines.map((l) => [l.id, l.amount])).toEqual([
      ['router-monitoring', 80_000],
      ['asp-management', 516_000],
      ['network-usage', 0],
      ['lgwan-usage', 1_548_000],
    ]);
    expect(out.annual.total).toBe(2_144_000);
    expect(out.monthly).toBe(178_667); // 178,666.67
    expect(out.oneTime.total).toBe(100_000 + 20_000); // certificate exempt for a municipality in one prefecture
    expect(out.taxIncluded).toMatchObject({ annual: 2_358_400, monthly: 196_534, oneTime: 132_000 });
  });

  it.each([
    [
      ['--provider', 'company', '--area', 'single', '--router', 'asp'],
      '--provider の値「company」',
      'private（民間事業者等）',
    ],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'asp', '--bandwidth', '20M'],
      '--bandwidth',
      '10M（10Mbps以下）',
    ],
    [['--provider', 'private', '--router', 'asp'], '--area を指定してください', 'own（自団体のみ）'],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'asp', '--routers', '3'],
      '--routers',
      '1（1台）',
    ],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'asp', '--bandwith', '10M'],
      '不明なオプションです: --bandwith',
      '使い方',
    ],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'own', '--bandwidth', '10M'],
      '--router asp',
      '使い方',
    ],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'asp'],
      '回線帯域を選んでください',
      '--bandwidth <10M|50M|100M|200M|300M|500M|1G>',
    ],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'asp', '--ip-addresses=-1'],
      '--ip-addresses',
      '0以上の整数',
    ],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'asp', '--ip-addresses', '-1'],
      '--ip-addresses',
      '--ip-addresses=値',
    ],
    [
      ['--provider', 'private', '--area', 'single', '--router', 'asp', '--bandwidth', '10M', 'extra'],
      '余分な引数',
      'extra',
    ],
  ])('bad arguments %j exit 2 with a Japanese message', async (args, words, allowed) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(words);
    expect(r.stderr).toContain(allowed);
  });
});
