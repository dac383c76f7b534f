import { describe, expect, it } from 'vitest';
import { NO_LINE_START } from '../../../src/shared/text/kinsoku.js';
import {
  MIN_FONT_SIZE_PT,
  fitText,
  layoutLines,
  linesThatFit,
  textWidthMm,
} from '../../../src/shared/text/fit.js';

const PARAGRAPH =
  '当社は、耐震構造の専用建物に設置したデータセンター（東京都千代田区）において、電源の二重化、無停電電源装置及び非常用発電機による給電を行い、入退室は生体認証により「常時」管理しています。サーバーラックは施錠し、監視カメラの映像を九十日間保存します。';

describe('text width from the bundled fonts', () => {
  it('measures CJK at 1 em and Latin narrower (10.5 pt ≈ 3.70 mm per kanji)', () => {
    expect(textWidthMm('漢', 10.5)).toBeCloseTo(3.704, 2);
    expect(textWidthMm('漢字漢字', 10.5)).toBeCloseTo(4 * 3.704, 2);
    expect(textWidthMm('iiii', 10.5)).toBeLessThan(textWidthMm('WWWW', 10.5));
    expect(textWidthMm('ABC', 10.5, 'sans-400')).not.toBeCloseTo(textWidthMm('ABC', 10.5, 'serif-400'), 3);
  });
});

describe('line layout', () => {
  it('breaks a paragraph into lines no wider than the box, none starting with a prohibited character', () => {
    for (const width of [20, 33, 47.5, 60, 100]) {
      const lines = layoutLines(PARAGRAPH, width, 10.5);
      expect(lines.join('')).toBe(PARAGRAPH);
      for (const line of lines) {
        expect(textWidthMm(line, 10.5)).toBeLessThanOrEqual(width + 1e-9);
        expect(NO_LINE_START.has(Array.from(line)[0] ?? '')).toBe(false);
      }
    }
  });

  it('keeps explicit line breaks', () => {
    expect(layoutLines('一行目\n\n三行目', 50, 10.5)).toEqual(['一行目', '', '三行目']);
  });

  it('wraps a URL longer than its box at / and . and keeps every character', () => {
    const url = 'https://www.example.co.jp/lgwan-asp/facility/application-guide/index.html';
    const lines = layoutLines(url, 40, 10.5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(textWidthMm(line, 10.5)).toBeLessThanOrEqual(40);
    expect(lines[0]).toMatch(/[/.]$/);
  });

  it('breaks a token with no break point character by character rather than overflowing', () => {
    const token = 'A'.repeat(60);
    const lines = layoutLines(token, 30, 10.5);
    expect(lines.join('')).toBe(token);
    for (const line of lines) expect(textWidthMm(line, 10.5)).toBeLessThanOrEqual(30);
  });
});

describe('shrink to fit', () => {
  it('keeps the preferred size when the text fits', () => {
    const fit = fitText({ text: '株式会社齋藤情報システム', widthMm: 80, fontSizePt: 10.5, maxLines: 1 });
    expect(fit).toMatchObject({
      fits: true,
      shrunk: false,
      fontSizePt: 10.5,
      lines: ['株式会社齋藤情報システム'],
    });
  });

  it('shrinks in 0.5 pt steps to the largest size that fits', () => {
    const text = '総合行政ネットワーク全国センター長あてのファシリティサービス';
    expect(textWidthMm(text, 10.5)).toBeGreaterThan(90);
    const fit = fitText({ text, widthMm: 90, fontSizePt: 10.5, maxLines: 1 });
    expect(fit.fits).toBe(true);
    expect(fit.shrunk).toBe(true);
    expect(fit.lines).toEqual([text]);
    expect(textWidthMm(text, fit.fontSizePt)).toBeLessThanOrEqual(90);
    expect(textWidthMm(text, fit.fontSizePt + 0.5)).toBeGreaterThan(90);
    expect((fit.fontSizePt * 2) % 1).toBe(0);
  });

  it('reports that the text does not fit at 8 pt, so the form sends it to a 別紙', () => {
    const fit = fitText({ text: PARAGRAPH.repeat(3), widthMm: 100, fontSizePt: 10.5, maxLines: 3 });
    expect(fit.fits).toBe(false);
    expect(fit.fontSizePt).toBe(MIN_FONT_SIZE_PT);
    expect(fit.lines.join('')).toBe(PARAGRAPH.repeat(3));
  });

  it('allows more lines as the text shrinks when the box is given by its height', () => {
    expect(linesThatFit(16, 10.5)).toBe(2);
    expect(linesThatFit(16, 8)).toBe(3);
    const atPreferred = fitText({ text: PARAGRAPH, widthMm: 100, fontSizePt: 10.5, maxLines: 3 });
    expect(atPreferred.fits).toBe(false);
    const fit = fitText({ text: PARAGRAPH, widthMm: 100, fontSizePt: 10.5, heightMm: 22 });
    expect(fit.fits).toBe(true);
    expect(fit.lines.length).toBeGreaterThan(3);
    expect(fit.lines.length).toBeLessThanOrEqual(fit.maxLines);
  });
});
