import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateFees, FeeInputSchema, type FeeInput } from '../../../src/shared/fees/index.js';

// Oracle: 001_5b371a93b315b6e8.txt「LGWAN-ASP接続料金について(2)」年間経常費用の例 (same figures in
// 000_768f57b56e1ca9c0.txt「第四次LGWAN移行後のLGWAN-ASP接続料金について（２）」), transcribed row by row.
interface ExampleRow {
  table: string;
  source: string;
  提供地域: string;
  回線帯域: string;
  LGWAN接続ルータ監視料: number;
  ASP運営管理料: number;
  LGWAN網使用料: number;
  LGWAN利用料: number;
  '料金合計(年額)': number;
  input: Pick<FeeInput, 'providerType' | 'area' | 'router' | 'bandwidth'>;
  接続方式?: string;
  LGWAN接続ルータ?: string;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/fees/worked-examples.json', import.meta.url), 'utf8'),
) as { assumptions: { routers: 2 }; rows: ExampleRow[] };

const toInput = (row: ExampleRow): FeeInput =>
  FeeInputSchema.parse({
    ...row.input,
    routers: fixture.assumptions.routers,
    settings: 1,
    ipAddresses: 1,
    certificates: 0,
    protocolAdditions: 0,
  });

const amountOf = (lines: { id: string; amount: number }[], id: string) =>
  lines.find((l) => l.id === id)?.amount;

describe('annual fees reproduce every worked example of 001「LGWAN-ASP接続料金について(2)」', () => {
  it('holds all 26 rows of the three tables', () => {
    const count = (table: string) => fixture.rows.filter((r) => r.table === table).length;
    expect(count('民間事業者等がサービス提供者の場合')).toBe(14);
    expect(count('都道府県がサービス提供者の場合')).toBe(3);
    expect(count('市町村及び接続団体である一部事務組合・広域連合がサービス提供者の場合')).toBe(9);
  });

  it.each(
    fixture.rows.map((r) => [
      `${r.table} ${r.提供地域} ${r.LGWAN接続ルータ ?? r.接続方式 ?? ''} ${r.回線帯域}`,
      r,
    ]),
  )('%s', (_name, row) => {
    const { annual } = estimateFees(toInput(row));
    expect({
      LGWAN接続ルータ監視料: amountOf(annual.lines, 'router-monitoring'),
      ASP運営管理料: amountOf(annual.lines, 'asp-management'),
      LGWAN網使用料: amountOf(annual.lines, 'network-usage'),
      LGWAN利用料: amountOf(annual.lines, 'lgwan-usage'),
      '料金合計(年額)': annual.total,
    }).toEqual({
      LGWAN接続ルータ監視料: row.LGWAN接続ルータ監視料,
      ASP運営管理料: row.ASP運営管理料,
      LGWAN網使用料: row.LGWAN網使用料,
      LGWAN利用料: row.LGWAN利用料,
      '料金合計(年額)': row['料金合計(年額)'],
    });
  });

  it('the transcription is internally consistent (columns add up to the printed total)', () => {
    for (const r of fixture.rows) {
      expect(r.LGWAN接続ルータ監視料 + r.ASP運営管理料 + r.LGWAN網使用料 + r.LGWAN利用料, r.source).toBe(
        r['料金合計(年額)'],
      );
    }
  });

  it('a single router is billed 80,000円 instead of 160,000円, as the table heading instructs', () => {
    const row = fixture.rows.find((r) => r.input.providerType === 'private' && r.input.bandwidth === '200M');
    if (!row) throw new Error('fixture lacks the 民間 200Mbps row');
    const { annual } = estimateFees({ ...toInput(row), routers: 1 });
    expect(amountOf(annual.lines, 'router-monitoring')).toBe(80_000);
    expect(annual.total).toBe(row['料金合計(年額)'] - 80_000);
  });
});
