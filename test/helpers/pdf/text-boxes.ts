/**
 * Where each piece of text sits on its page, in mm from the page's top-left corner, read with pdfjs
 * as a viewer (or a printer driver) would place it: for "inside the printable area" checks and for
 * measuring how far a printer offset moved a page.
 */
import { withPdf } from './read-pdf.js';

export interface TextBox {
  str: string;
  leftMm: number;
  topMm: number;
  rightMm: number;
  bottomMm: number;
}

export interface PageBoxes {
  widthMm: number;
  heightMm: number;
  boxes: TextBox[];
}

const toMm = (pt: number): number => (pt * 25.4) / 72;

export async function textBoxes(bytes: Uint8Array): Promise<PageBoxes[]> {
  return withPdf(bytes, async (doc) => {
    const pages: PageBoxes[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const heightPt = y1 - y0;
      const boxes: TextBox[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 1, b = 0, , , e = 0, f = 0] = item.transform as number[];
        // Upright text only has a plain box; a rotated run (the 下書き mark) is measured by its origin.
        const upright = Math.abs(b) < 1e-6 && a > 0;
        const left = e - x0;
        const right = upright ? left + item.width : left;
        const baselineFromTop = heightPt - (f - y0);
        boxes.push({
          str: item.str,
          leftMm: toMm(left),
          rightMm: toMm(right),
          topMm: toMm(baselineFromTop - (upright ? item.height : 0)),
          // Descenders reach about a fifth of the size below the baseline.
          bottomMm: toMm(baselineFromTop + (upright ? item.height * 0.2 : 0)),
        });
      }
      pages.push({ widthMm: toMm(x1 - x0), heightMm: toMm(heightPt), boxes });
      page.cleanup();
    }
    return pages;
  });
}
