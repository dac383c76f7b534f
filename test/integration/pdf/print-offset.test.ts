import { degrees, PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { calibrationSheet } from '../../../src/main/services/print/calibration-sheet.js';
import { buildPrintPdf, pagesOf } from '../../../src/main/services/print/print-pdf.js';
import { withPdf } from '../../helpers/pdf/read-pdf.js';
import { textBoxes } from '../../helpers/pdf/text-boxes.js';

// The printer offset moves every printed page's content by the set amount on the paper, read
// back from the printed PDF with pdfjs as a viewer (or printer driver) places it: forms, a page
// whose media box does not start at 0, landscape attachments shown turned by /Rotate, and the
// calibration sheet's own Japanese text.

const MM = 72 / 25.4;

/** Where each text item's origin is on the page as shown (mm from the top-left corner). */
const positions = (bytes: Uint8Array) =>
  withPdf(bytes, async (doc) => {
    const pages: { str: string; x: number; y: number }[][] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const items: { str: string; x: number; y: number }[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , e = 0, f = 0] = item.transform as number[];
        const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
        items.push({ str: item.str, x: x / MM, y: y / MM });
      }
      pages.push(items);
    }
    return pages;
  });

const packet = async (): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const a4 = (label: string) => {
    const page = doc.addPage([595.28, 841.89]);
    for (const [x, y] of [
      [60, 780],
      [300, 420],
      [420, 40],
    ] as const)
      page.drawText(`${label} ${x},${y}`, { x, y, size: 10, font });
    return page;
  };
  a4('form');
  // A media box that does not start at the origin (as some scanners write it).
  const shifted = a4('shifted');
  shifted.setMediaBox(20, 30, 595.28, 841.89);
  // Landscape attachments: portrait pages shown turned.
  for (const angle of [90, 180, 270]) a4(`rotated${angle}`).setRotation(degrees(angle));
  const sheet = await PDFDocument.load(await calibrationSheet({ printerName: 'P', offset: null }));
  const [copied] = await doc.copyPages(sheet, [0]);
  doc.addPage(copied);
  return doc.save();
};

describe('printer offset on the printed PDF', () => {
  it('moves every item of every page by the set amount on the paper, whatever the page', async () => {
    const source = await packet();
    const before = await positions(source);
    expect(before).toHaveLength(6);
    for (const page of before) expect(page.length).toBeGreaterThan(2);
    for (const offset of [
      { xMm: 2.5, yMm: -1.5 },
      { xMm: -4, yMm: 3.2 },
    ]) {
      const printed = await buildPrintPdf(source, [0, 1, 2, 3, 4, 5], offset, '印刷用');
      expect(printed.pageCount).toBe(6);
      const after = await positions(printed.bytes);
      for (const [p, items] of before.entries()) {
        const moved = after[p]!;
        expect(moved.map((i) => i.str)).toEqual(items.map((i) => i.str));
        for (const [i, item] of items.entries()) {
          // A printer that prints right (+X) / low (+Y) gets the content moved left / up.
          expect(moved[i]!.x - item.x, `page ${p + 1} 「${item.str}」 x`).toBeCloseTo(-offset.xMm, 2);
          expect(moved[i]!.y - item.y, `page ${p + 1} 「${item.str}」 y`).toBeCloseTo(-offset.yMm, 2);
        }
      }
    }
  });

  it('leaves positions alone without an offset, and never changes the saved packet', async () => {
    const source = await packet();
    const copy = source.slice();
    const before = await positions(source);
    expect(await positions((await buildPrintPdf(source, [0, 1, 2, 3, 4, 5], null, 'x')).bytes)).toEqual(
      before,
    );
    expect(
      await positions((await buildPrintPdf(source, [0, 1, 2, 3, 4, 5], { xMm: 0, yMm: 0 }, 'x')).bytes),
    ).toEqual(before);
    await buildPrintPdf(source, [0, 1, 2, 3, 4, 5], { xMm: 5, yMm: 5 }, 'x');
    expect(Buffer.from(source).equals(Buffer.from(copy))).toBe(true);
  });

  it('prints the chosen documents’ pages, each with its attachments, in packet order', async () => {
    const parts = [
      { id: 'cover-letter', firstPage: 1, pageCount: 1 },
      { id: 'ap', firstPage: 2, pageCount: 2 },
      { id: 'ho', firstPage: 4, pageCount: 1 },
      { id: 'ap', firstPage: 5, pageCount: 2 },
    ];
    expect(pagesOf(parts, ['ap'])).toEqual([1, 2, 4, 5]);
    expect(pagesOf(parts, ['ho', 'cover-letter'])).toEqual([0, 3]);
    const printed = await buildPrintPdf(await packet(), pagesOf(parts, ['ho', 'cover-letter']), null, 'x');
    const text = await positions(printed.bytes);
    expect(text.map((items) => items[0]!.str)).toEqual(['form 60,780', 'rotated180 60,780']);
  });
});

describe('calibration sheet', () => {
  it('is one A4 page whose every mark label and ruler number lies on the paper', async () => {
    const plain = await calibrationSheet({ printerName: 'Office-LBP-3F', offset: null });
    const [page] = await textBoxes(plain);
    expect(page!.widthMm).toBeCloseTo(210, 0);
    expect(page!.heightMm).toBeCloseTo(297, 0);
    const text = page!.boxes.map((b) => b.str).join('');
    expect(text).toContain('プリンタ: Office-LBP-3F');
    expect(text).toContain('補正なし');
    expect(text).toContain('左端から190mm・上端から277mm');
    for (const b of page!.boxes) {
      expect(b.leftMm, b.str).toBeGreaterThanOrEqual(5);
      expect(b.rightMm, b.str).toBeLessThanOrEqual(205);
      expect(b.topMm, b.str).toBeGreaterThanOrEqual(5);
      expect(b.bottomMm, b.str).toBeLessThanOrEqual(292);
    }
    // Nothing overprints anything else (corner labels sat on the ruler numbers).
    const boxes = page!.boxes;
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.rightMm <= b.leftMm || b.rightMm <= a.leftMm || a.bottomMm <= b.topMm || b.bottomMm <= a.topMm;
        expect(apart, `「${a.str}」 and 「${b.str}」 overlap`).toBe(true);
      }
    const corrected = await calibrationSheet({ printerName: '', offset: { xMm: 1.5, yMm: -2 } });
    const correctedText = (await textBoxes(corrected))[0]!.boxes.map((b) => b.str).join('');
    expect(correctedText).toContain('補正あり（右へ 1.5mm・下へ -2mm のずれを打ち消して印刷）');
    expect(correctedText).toContain('プリンタ: 既定のプリンタ');
  });
});
