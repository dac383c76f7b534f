/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Blocks taller than a page never reach react-pdf: a box asked for more lines than a page holds
 * keeps to MAX_BOX_LINES and its text goes to a 別紙, and a long table repeats its head on every
 * page. The control case shows the test setup really fails a render that has such a block.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_HEIGHT_MM,
  CONTENT_WIDTH_MM,
  Cell,
  ContinuedTable,
  FormPage,
  MAX_BOX_LINES,
  boxHeightMm,
  mm,
} from '../../../forms/_kit/index.js';
import { GridRow, TextItem } from '../../../forms/_parts/layout.js';
import { renderDocument } from '../../../src/main/services/pdf/render-document.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';

const squash = (s: string): string => s.replace(/\s/g, '');
const names = Array.from({ length: 140 }, (_, i) => `業務アプリ${i + 1}号`);

describe('splitting what is taller than a page', () => {
  it('lets no box row grow taller than the page body', () => {
    expect(boxHeightMm(1000)).toBe(boxHeightMm(MAX_BOX_LINES));
    expect(boxHeightMm(1000)).toBeLessThan(CONTENT_HEIGHT_MM - 20);
  });

  it('puts a 140-line list on a 別紙 instead of a row running off the paper', async () => {
    const rendered = await renderDocument(
      <Document>
        <FormPage>
          <TextItem label="サービス名称" value={names.join('\n')} lines={names.length} />
        </FormPage>
      </Document>,
      { documentTitle: '参加資格審査申込書' },
    );
    expect(rendered.continuationSheets).toBe(1);
    const pages = await readPdfText(rendered.bytes);
    expect(squash(pages[0]?.text ?? '')).toContain('別紙1のとおり');
    const rest = squash(
      pages
        .slice(1)
        .map((p) => p.text)
        .join(''),
    );
    for (const name of names) expect(rest).toContain(name);
  });

  it('repeats the head of a table on every page its rows continue on', async () => {
    const rendered = await renderDocument(
      <Document>
        <FormPage>
          <ContinuedTable
            head={
              <GridRow minHeightMm={7}>
                <Cell widthMm={CONTENT_WIDTH_MM} label>
                  書類名（見出し）
                </Cell>
              </GridRow>
            }
          >
            {names.map((n) => (
              <GridRow key={n}>
                <Cell widthMm={CONTENT_WIDTH_MM}>{n}</Cell>
              </GridRow>
            ))}
          </ContinuedTable>
        </FormPage>
      </Document>,
      { documentTitle: '送付状' },
    );
    const pages = await readPdfText(rendered.bytes);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page.lines[0]).toBe('書類名（見出し）');
    const all = pages.flatMap((p) => p.lines);
    expect(all.filter((l) => l === '業務アプリ140号')).toHaveLength(1);
  });

  it('fails the render (control): a block that may not split and is taller than the page', async () => {
    await expect(
      renderDocument(
        <Document>
          <FormPage>
            <View wrap={false} style={{ height: mm(CONTENT_HEIGHT_MM + 30) }}>
              <Text>高すぎる行</Text>
            </View>
          </FormPage>
        </Document>,
        { documentTitle: '対照' },
      ),
    ).rejects.toThrow(/ページより高いブロック/);
  });
});
