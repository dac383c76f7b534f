/**
 * Names with rare kanji must print as ink, not as blanks or .notdef boxes: text extraction alone
 * cannot tell (a missing glyph still extracts). Each name is compared with a common-kanji twin.
 */
import { describe, expect, it } from 'vitest';
import { inkRatio, rasterise } from '../../helpers/pdf/raster.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';
import { SAMPLE_ATTACHMENTS, renderFixture, squash, loadFixture } from './setup.js';

const PAIRS = [
  ['髙橋', '高橋'],
  ['𠮷田', '吉田'],
  ['齋藤', '斎藤'],
  ['﨑山', '崎山'],
] as const;

async function applicantInk(name: string): Promise<{ ink: number; text: string }> {
  const ws = await loadFixture();
  ws.provider.representative.name = `${name} 太郎`;
  ws.provider.representative.title = '代表';
  const out = await renderFixture(ws, [SAMPLE_ATTACHMENTS]);
  const review = out.documents.find((d) => d.id === 'participation-review')!;
  const [page] = await rasterise(review.pdf, { dpi: 150, page: 1 });
  // The applicant line 代表者役職・氏名 sits right of the 62 + 32 mm indent, about 62–70 mm from the top.
  return {
    ink: inkRatio(page!, { leftMm: 114, topMm: 55, widthMm: 40, heightMm: 20 }),
    text: squash((await readPdfText(review.pdf))[0]!.text),
  };
}

describe('rare kanji print with ink', () => {
  it.each(PAIRS)('%s prints like %s', async (rare, common) => {
    const a = await applicantInk(rare);
    const b = await applicantInk(common);
    expect(a.text).toContain(`${rare}太郎`);
    expect(a.ink).toBeGreaterThan(0.01);
    expect(a.ink / b.ink).toBeGreaterThan(0.75);
    expect(a.ink / b.ink).toBeLessThan(1.5);
  });
});
