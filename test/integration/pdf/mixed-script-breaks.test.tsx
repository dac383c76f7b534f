/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Mixed Japanese/Latin prose left to react-pdf's own line breaking (no pre-broken lines), read back
 * from the PDF. react-pdf splits text into runs by script and used to put a hyphenation point where
 * two runs meet, printing e.g. 「LGWAN接続-」「100-」 at line ends (seen in the fee estimate).
 */
import { Document, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FormPage, mm } from '../../../forms/_kit/index.js';
import { renderDocument } from '../../../src/main/services/pdf/render-document.js';
import { NO_LINE_END, NO_LINE_START } from '../../../src/shared/text/kinsoku.js';
import { listFonts, withPdf } from '../../helpers/pdf/read-pdf.js';

/** The fee estimate's conditions line, which showed the inserted hyphens. */
const CONDITIONS =
  'サービス提供者: 民間事業者等／提供地域: 複数都道府県域・全国域／LGWAN接続ルータ: ASP用に用意したLGWAN接続ルータ／ルータ台数: 2台（二重化構成）／回線帯域: 100Mbps以下';
const WIDTHS_MM = [28, 31, 34, 37, 41, 46, 52, 58, 65, 73, 82, 95, 110];

/** One box per width, one page each, so each box's lines can be read back on their own. */
function Boxes({ text, end = false }: { text: string; end?: boolean }): ReactElement {
  return (
    <Document>
      {WIDTHS_MM.map((w) => (
        <FormPage key={w}>
          <View style={{ width: mm(w) }}>
            <Text style={{ fontSize: 9.5 }}>{text}</Text>
          </View>
          {end ? <Text style={{ fontSize: 9.5 }}>END</Text> : null}
        </FormPage>
      ))}
    </Document>
  );
}

interface Row {
  y: number;
  text: string;
}

async function rowsPerPage(bytes: Uint8Array): Promise<Row[][]> {
  return withPdf(bytes, async (doc) => {
    const pages: Row[][] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      const rows = new Map<number, string>();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const y = Math.round(item.transform[5] as number);
        rows.set(y, (rows.get(y) ?? '') + item.str);
      }
      pages.push([...rows.entries()].sort((a, b) => b[0] - a[0]).map(([y, text]) => ({ y, text })));
    }
    return pages;
  });
}

const linesPerPage = async (bytes: Uint8Array): Promise<string[][]> =>
  (await rowsPerPage(bytes)).map((rows) => rows.map((r) => r.text));

describe('line breaks in mixed Japanese/Latin prose', () => {
  it('never inserts a hyphen where 漢字, カナ, Latin and digits meet, at any box width', async () => {
    const { bytes } = await renderDocument(<Boxes text={CONDITIONS} />, { documentTitle: 'mixed' });
    const pages = await linesPerPage(bytes);
    expect(pages).toHaveLength(WIDTHS_MM.length);
    for (const [i, lines] of pages.entries()) {
      const at = `box ${WIDTHS_MM[i]} mm: ${JSON.stringify(lines)}`;
      expect(lines.length, at).toBeGreaterThan(1);
      // Nothing added or lost: the printed lines give back the text exactly (no '-' anywhere).
      expect(lines.join('').replace(/\s/g, ''), at).toBe(CONDITIONS.replace(/\s/g, ''));
      for (const [j, line] of lines.entries()) {
        expect(NO_LINE_START.has(Array.from(line)[0] ?? ''), `${at} line ${j} start`).toBe(false);
        expect(NO_LINE_END.has(Array.from(line.trimEnd()).at(-1) ?? ''), `${at} line ${j} end`).toBe(false);
      }
    }
  });

  it('adds no hyphen after an opening bracket, no empty line, and embeds only the Japanese fonts', async () => {
    const text = '回線帯域: 100Mbps以下（LGWAN接続ルータ）';
    const { bytes } = await renderDocument(<Boxes text={text} end />, { documentTitle: 'mixed' });
    const fonts = await listFonts(bytes);
    expect(fonts.map((f) => f.name).filter((n) => !/NotoS(erif|ans)JP/.test(n))).toEqual([]);
    for (const rows of await rowsPerPage(bytes)) {
      expect(rows.at(-1)?.text).toBe('END');
      expect(
        rows
          .slice(0, -1)
          .map((r) => r.text)
          .join('')
          .replace(/\s/g, ''),
      ).toBe(text.replace(/\s/g, ''));
      // Every line, END included, sits one line pitch below the one before it: a blank line would
      // show as a gap twice as large. (Baselines are rounded to whole points, hence the tolerance.)
      const gaps = rows.slice(1).map((r, i) => (rows[i]?.y ?? 0) - r.y);
      expect(Math.max(...gaps) - Math.min(...gaps), JSON.stringify(rows)).toBeLessThanOrEqual(2);
    }
  });
});
