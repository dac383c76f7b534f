/** @jsxRuntime automatic @jsxImportSource react */
/**
 * A table cell holding plain text is exactly one line tall plus its padding. react-pdf 4.9 resolves
 * a unitless lineHeight against the Text's own font size, or 18 pt when the Text sets none, so a
 * Text with lineHeight and no fontSize made rows nearly twice too tall. Measured on the printed page:
 * the rows' rules are found in a raster of the PDF.
 */
import { Document, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import {
  BODY_SIZE_PT,
  CELL_PADDING_MM,
  Cell,
  FormPage,
  LINE_HEIGHT,
  MARGIN_MM,
  Row,
  RuledTable,
} from '../../../forms/_kit/index.js';
import { renderDocument } from '../../../src/main/services/pdf/render-document.js';
import { rasterise, type Raster } from '../../helpers/pdf/raster.js';

const PT_MM = 25.4 / 72;
const DPI = 300;

/** y positions (mm from the top) of horizontal rules crossing the column x. */
function rulesAt(raster: Raster, xMm: number): number[] {
  const x = Math.round((xMm / 25.4) * DPI);
  const ys: number[] = [];
  let inRule = false;
  for (let y = 0; y < raster.height; y += 1) {
    const dark = (raster.grey[y * raster.width + x] ?? 255) < 128;
    if (dark && !inRule) ys.push((y / DPI) * 25.4);
    inRule = dark;
  }
  return ys;
}

describe('table cells with plain text', () => {
  it('are one line plus padding tall, at the body size and at a smaller size', async () => {
    const doc = (
      <Document>
        <FormPage>
          <RuledTable>
            {/* minHeight 0 so the text alone decides the row height. */}
            <Row minHeightMm={0}>
              <Cell widthMm={60} label>
                項目名
              </Cell>
              <Cell widthMm={60}>値</Cell>
            </Row>
            <Row minHeightMm={0}>
              <Cell widthMm={60} sizePt={8}>
                小さい文字
              </Cell>
              <Cell widthMm={60} sizePt={8} bold>
                合計
              </Cell>
            </Row>
          </RuledTable>
          <View />
        </FormPage>
      </Document>
    );
    const { bytes } = await renderDocument(doc, { documentTitle: 'cells' });
    const [raster] = await rasterise(bytes, { dpi: DPI, page: 1 });
    if (!raster) throw new Error('no page rendered');
    // Down a column inside the first cell, away from the text: top rule, rule after row 1, after row 2.
    const rules = rulesAt(raster, MARGIN_MM.left + 55);
    expect(rules.length).toBeGreaterThanOrEqual(3);
    const [top = 0, afterFirst = 0, afterSecond = 0] = rules;
    const expected = (sizePt: number) => sizePt * LINE_HEIGHT * PT_MM + 2 * CELL_PADDING_MM.y;
    expect(afterFirst - top).toBeCloseTo(expected(BODY_SIZE_PT), 0);
    expect(afterSecond - afterFirst).toBeCloseTo(expected(8), 0);
    // The bug this guards against: an 18 pt line box (≈ 9.5 mm + padding) for 10.5 pt text.
    expect(afterFirst - top).toBeLessThan(18 * LINE_HEIGHT * PT_MM);
  });
});
