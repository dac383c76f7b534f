import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canPrint, findUnprintable } from '../../../src/shared/text/font-data.js';
import {
  COVERAGE_PATH,
  METRICS_PATH,
  generateFontData,
  serialise,
} from '../../../scripts/gen-font-metrics.js';

describe('外字 check from the coverage table', () => {
  it('accepts the name characters the bundled fonts print (髙 𠮷 﨑 齋 德 ㈱ ㋿ 〒 №)', () => {
    expect(findUnprintable('髙橋 𠮷田 﨑山 齋藤 德川 ㈱ ㋿ 〒 № ① Ⅱ ｱｲｳ')).toEqual([]);
    expect(canPrint('𠮷'.codePointAt(0) ?? 0)).toBe(true);
  });

  it('names characters the fonts cannot print, with their code point', () => {
    expect(findUnprintable('김𫝀😀')).toEqual([
      { char: '김', codePoint: 'U+AE40', index: 0 },
      { char: '𫝀', codePoint: 'U+2B740', index: 1 },
      { char: '😀', codePoint: 'U+1F600', index: 3 },
    ]);
  });

  it('ignores line breaks and variation selectors', () => {
    expect(findUnprintable('葛\u{E0100}飾\n区')).toEqual([]);
  });
});

describe('generated font tables', () => {
  it('match what scripts/gen-font-metrics.ts produces from the bundled fonts', async () => {
    const { metrics, coverage } = await generateFontData();
    expect(await readFile(METRICS_PATH, 'utf8')).toBe(await serialise(metrics, METRICS_PATH));
    expect(await readFile(COVERAGE_PATH, 'utf8')).toBe(await serialise(coverage, COVERAGE_PATH));
  }, 60_000);

  it('stay small enough to ship to the renderer', async () => {
    expect((await readFile(METRICS_PATH)).byteLength).toBeLessThan(40_000);
    expect((await readFile(COVERAGE_PATH)).byteLength).toBeLessThan(30_000);
  });
});
