/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Names with 異体字 must print as themselves. A glyph missing from the embedded subset still extracts
 * as the right text, so this test looks at the ink on the rendered page.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { FormPage, MARGIN_MM, mm } from '../../../forms/_kit/index.js';
import { renderDocument } from '../../../src/main/services/pdf/render-document.js';
import { inkRatio, rasterise, type Raster } from '../../helpers/pdf/raster.js';
import { listFonts, readPdfText } from '../../helpers/pdf/read-pdf.js';

/** Roomy enough for the 1.5 line box of 28 pt (14.8 mm): react-pdf drops text taller than a fixed box. */
const CELL_MM = 16;
const SIZE_PT = 28;
const CHARS = ['髙', '橋', '𠮷', '田', '齋', '藤', '﨑', '山', '高', '吉', '崎'];

function GlyphSheet(): React.ReactElement {
  return (
    <Document>
      <FormPage>
        <View style={{ flexDirection: 'row' }}>
          {CHARS.map((c) => (
            <View key={c} style={{ width: mm(CELL_MM), height: mm(CELL_MM) }}>
              <Text style={{ fontSize: SIZE_PT, lineHeight: 1.5, textAlign: 'center' }}>{c}</Text>
            </View>
          ))}
        </View>
      </FormPage>
    </Document>
  );
}

function cellPixels(raster: Raster, index: number): boolean[] {
  const px = (v: number): number => Math.round((v / 25.4) * raster.dpi);
  const out: boolean[] = [];
  for (let y = px(MARGIN_MM.top); y < px(MARGIN_MM.top + CELL_MM); y += 1) {
    for (
      let x = px(MARGIN_MM.left + index * CELL_MM);
      x < px(MARGIN_MM.left + (index + 1) * CELL_MM);
      x += 1
    ) {
      out.push((raster.grey[y * raster.width + x] ?? 255) < 160);
    }
  }
  return out;
}

describe('異体字 in names print with real glyphs', () => {
  it('embeds a subset font whose glyphs put ink on paper for 髙橋 𠮷田 齋藤 﨑', async () => {
    const { bytes } = await renderDocument(<GlyphSheet />, { documentTitle: 'glyphs' });
    const [page] = await readPdfText(bytes);
    expect(page?.text.replace(/\s/g, '')).toBe(CHARS.join(''));
    const fonts = await listFonts(bytes);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);

    const [raster] = await rasterise(bytes, { dpi: 150 });
    if (!raster) throw new Error('no page rendered');
    const cells = CHARS.map((_, i) => cellPixels(raster, i));
    for (const [i, cell] of cells.entries()) {
      const ink = cell.filter(Boolean).length / cell.length;
      expect(ink, `${CHARS[i]} prints blank`).toBeGreaterThan(0.04);
    }
    // A broken subset prints the same .notdef box (or nothing) for every missing glyph; real glyphs
    // all differ, including each 異体字 from its common form (髙/高, 𠮷/吉, 﨑/崎).
    for (let a = 0; a < cells.length; a += 1) {
      for (let b = a + 1; b < cells.length; b += 1) {
        const ca = cells[a] ?? [];
        const cb = cells[b] ?? [];
        const differing = ca.filter((v, k) => v !== cb[k]).length / ca.length;
        expect(differing, `${CHARS[a]} and ${CHARS[b]} print alike`).toBeGreaterThan(0.01);
      }
    }
    const region = {
      leftMm: MARGIN_MM.left,
      topMm: MARGIN_MM.top,
      widthMm: CELL_MM * CHARS.length,
      heightMm: CELL_MM,
    };
    expect(inkRatio(raster, region)).toBeGreaterThan(0.04);
  });
});
