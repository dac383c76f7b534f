/** @jsxRuntime automatic @jsxImportSource react */
/** The form kit rendered to real PDFs and read back as a reader of the printout would see it. */
import { Document, Text, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { FieldText, FormPage, MARGIN_MM, mm } from '../../../forms/_kit/index.js';
import { NO_LINE_START } from '../../../src/shared/text/kinsoku.js';
import { fitText } from '../../../src/shared/text/fit.js';
import { renderDocument } from '../../../src/main/services/pdf/render-document.js';
import { SAMPLE_TITLE, SampleForm } from '../../helpers/pdf/sample-form.js';
import { linesInRegion, listFonts, readPdfInfo, readPdfText } from '../../helpers/pdf/read-pdf.js';
import { inkRatio, rasterise } from '../../helpers/pdf/raster.js';

const squash = (s: string): string => s.replace(/\s/g, '');

const PARAGRAPH =
  '当社のファシリティは、耐震構造の専用建物（地上五階・地下一階）に設置し、電源の二重化、無停電電源装置及び非常用発電機による給電を行っています。入退室は「生体認証」と監視カメラにより常時管理し、記録は九十日間保存します。サーバーラックは施錠し、鍵の貸出しは運用責任者が承認します。';

describe('a one-page form built with the kit', () => {
  it('reads like an official form: 和暦 date, addressee, applicant, title, lead sentence, table', async () => {
    const first = await renderDocument(<SampleForm />, { documentTitle: SAMPLE_TITLE });
    const warm = await renderDocument(<SampleForm />, { documentTitle: SAMPLE_TITLE });
    console.info(
      `sample form render: first ${first.renderMs.toFixed(0)} ms, warm ${warm.renderMs.toFixed(0)} ms`,
    );
    expect(warm.renderMs).toBeLessThan(2000);

    const { bytes } = first;
    const info = await readPdfInfo(bytes);
    expect(info.pageCount).toBe(1);
    expect(info.pageSizesMm[0]).toEqual({ width: 210, height: 297 });

    const [page] = await readPdfText(bytes);
    const lines = (page?.lines ?? []).map((l) => l.replace(/\s+/g, ' '));
    expect(lines[0]).toBe('令和8年11月22日');
    expect(lines[1]).toBe('地方公共団体情報システム機構');
    expect(lines[2]).toBe('総合行政ネットワーク全国センター長 様');
    expect(lines).toContain('所在地 〒102-8419 東京都千代田区一番町25番地');
    expect(lines).toContain('名称 株式会社齋藤情報システム');
    expect(lines.some((l) => l.startsWith('代表者役職・氏名 代表取締役 﨑山 徳之'))).toBe(true);
    expect(lines).toContain(SAMPLE_TITLE);
    expect(lines).toContain('次のとおり申し込みます。');
    expect(lines).toContain('申込区分 ■ 新規登録 □ 変更');
    expect(lines).toContain('ファシリティ名称 髙橋データセンター第一棟（𠮷田ビル）');
    expect(page?.text).not.toContain('-\n');

    const fonts = await listFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, `${font.name} must be embedded as a subset`).toMatchObject({
        embedded: true,
        subset: true,
      });
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSe(rif|ns)JP-/);
    }
    expect(bytes.byteLength).toBeLessThan(150_000);
  });

  it('marks a draft 下書き on every page and leaves the final copy clean', async () => {
    const draft = await renderDocument(<SampleForm draft />, { documentTitle: SAMPLE_TITLE, draft: true });
    const final = await renderDocument(<SampleForm />, { documentTitle: SAMPLE_TITLE });
    expect((await readPdfText(draft.bytes))[0]?.text).toContain('下書き');
    expect((await readPdfText(final.bytes))[0]?.text).not.toContain('下書き');
    const [d] = await rasterise(draft.bytes);
    const [f] = await rasterise(final.bytes);
    if (!d || !f) throw new Error('no page rendered');
    // Below the table and above the footer the final copy is blank paper; the draft carries the mark.
    const belowTable = { leftMm: 20, topMm: 190, widthMm: 170, heightMm: 80 };
    expect(inkRatio(f, belowTable, 245)).toBe(0);
    expect(inkRatio(d, belowTable, 245)).toBeGreaterThan(0.01);
  });
});

const BOX = { leftMm: MARGIN_MM.left, topMm: MARGIN_MM.top, widthMm: 46, heightMm: 200 };

function NarrowParagraph({ text }: { text: string }): React.ReactElement {
  return (
    <Document>
      <FormPage>
        <View style={{ width: mm(BOX.widthMm) }}>
          <Text>{text}</Text>
        </View>
      </FormPage>
    </Document>
  );
}

describe('禁則 line breaking in the rendered PDF', () => {
  it('breaks a long Japanese paragraph in a narrow box with no line starting with 、。」ー etc. and no inserted hyphen', async () => {
    const { bytes } = await renderDocument(<NarrowParagraph text={PARAGRAPH} />, {
      documentTitle: 'kinsoku',
    });
    const lines = await linesInRegion(bytes, 1, BOX);
    expect(lines.length).toBeGreaterThan(8);
    expect(lines.join('')).toBe(PARAGRAPH);
    for (const line of lines) {
      expect(
        NO_LINE_START.has(Array.from(line)[0] ?? ''),
        `line starts with a prohibited character: ${line}`,
      ).toBe(false);
      expect(line.endsWith('-')).toBe(false);
    }
  });

  it('wraps a long URL inside its box instead of running past the border', async () => {
    const url = 'https://www.example.co.jp/lgwan-asp/facility/application-guide/index.html?lang=ja';
    const { bytes } = await renderDocument(<NarrowParagraph text={`案内：${url}`} />, {
      documentTitle: 'url',
    });
    const lines = await linesInRegion(bytes, 1, BOX);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(`案内：${url}`);
    const [raster] = await rasterise(bytes, { dpi: 100 });
    if (!raster) throw new Error('no page rendered');
    const rightOfBox = { leftMm: BOX.leftMm + BOX.widthMm + 1, topMm: BOX.topMm, widthMm: 60, heightMm: 60 };
    expect(inkRatio(raster, rightOfBox)).toBe(0);
  });
});

function OneBox({
  text,
  maxLines,
  widthMm,
}: {
  text: string;
  maxLines: number;
  widthMm: number;
}): React.ReactElement {
  return (
    <Document>
      <FormPage>
        <View style={{ width: mm(widthMm) }}>
          <FieldText field="サービス概要" text={text} maxLines={maxLines} widthMm={widthMm} />
        </View>
      </FormPage>
    </Document>
  );
}

describe('FieldText overflow policy', () => {
  it('prints the lines the estimator predicts (react-pdf does not re-wrap them)', async () => {
    const fit = fitText({ text: PARAGRAPH, widthMm: 80 * 0.985, fontSizePt: 10.5, maxLines: 6 });
    expect(fit.fits).toBe(true);
    const { bytes } = await renderDocument(<OneBox text={PARAGRAPH} maxLines={6} widthMm={80} />, {
      documentTitle: 'fit',
    });
    const lines = await linesInRegion(bytes, 1, { ...BOX, widthMm: 100 });
    expect(lines).toEqual(fit.lines);
  });

  it('shrinks text that is slightly too long so it stays on one line', async () => {
    const name = '総合行政ネットワーク全国センター長あてのファシリティサービス';
    const { bytes, continuationSheets } = await renderDocument(
      <OneBox text={name} maxLines={1} widthMm={90} />,
      {
        documentTitle: 'shrink',
      },
    );
    expect(continuationSheets).toBe(0);
    expect(await linesInRegion(bytes, 1, { ...BOX, widthMm: 120 })).toEqual([name]);
  });

  it('moves text that cannot fit even at 8 pt to 別紙1, printing 「別紙1のとおり」 in the box', async () => {
    const long = PARAGRAPH.repeat(4);
    const { bytes, continuationSheets, pageCount } = await renderDocument(<SampleForm overview={long} />, {
      documentTitle: SAMPLE_TITLE,
    });
    expect(continuationSheets).toBe(1);
    expect(pageCount).toBe(2);
    const pages = await readPdfText(bytes);
    const page1 = squash(pages[0]?.text ?? '');
    expect(page1).toContain('別紙1のとおり');
    expect(page1.indexOf('別紙1のとおり')).toBeGreaterThan(page1.indexOf('ファシリティ名称'));
    expect(page1.indexOf('別紙1のとおり')).toBeLessThan(page1.indexOf('所在地東京都千代田区'));
    expect(squash(pages[0]?.text ?? '')).not.toContain(squash(PARAGRAPH));
    expect(pages[1]?.lines[0]).toBe(`${SAMPLE_TITLE}（別紙）`);
    expect(pages[1]?.lines).toContain('別紙1');
    expect(squash(pages[1]?.text ?? '')).toContain('別紙1「サービス概要」欄の記載内容');
    expect(squash(pages[1]?.text ?? '')).toContain(squash(long));
  });

  it('numbers several 別紙 in order on one shared page set and keeps each text whole', async () => {
    const overview = PARAGRAPH.repeat(4);
    const facility = 'ファシリティ名称'.repeat(30);
    const { bytes, continuationSheets, pageCount } = await renderDocument(
      <SampleForm overview={overview} facilityName={facility} />,
      { documentTitle: SAMPLE_TITLE, applicant: '株式会社サンプル' },
    );
    expect(continuationSheets).toBe(2);
    // Both short sheets on one page (not one mostly blank page each), naming form and applicant.
    expect(pageCount).toBe(2);
    const pages = await readPdfText(bytes);
    expect(squash(pages[0]?.text ?? '')).toContain('ファシリティ名称別紙1のとおり');
    expect(squash(pages[0]?.text ?? '')).toContain('別紙2のとおり');
    const sheet = squash(pages[1]?.text ?? '');
    expect(pages[1]?.lines.indexOf('別紙1')).toBeLessThan(pages[1]?.lines.indexOf('別紙2') ?? -1);
    expect(sheet).toContain(`${SAMPLE_TITLE}（別紙）申込者:株式会社サンプル`);
    expect(sheet).toContain(squash(facility));
    expect(sheet).toContain(squash(overview));
  });

  it('prints 〓 where a character cannot be printed, and no fallback font sneaks in', async () => {
    const { bytes } = await renderDocument(<OneBox text="担当 김 様" maxLines={1} widthMm={80} />, {
      documentTitle: 'gaiji',
    });
    expect(squash((await readPdfText(bytes))[0]?.text ?? '')).toBe('担当〓様');
    for (const font of await listFonts(bytes)) expect(font.embedded).toBe(true);
  });
});

describe('document metadata survives appending 別紙', () => {
  it('keeps the title and language the template set', async () => {
    const { bytes, continuationSheets } = await renderDocument(
      <SampleForm overview={PARAGRAPH.repeat(4)} />,
      { documentTitle: SAMPLE_TITLE },
    );
    expect(continuationSheets).toBe(1);
    const info = await readPdfInfo(bytes);
    expect(info.info.Title).toBe(SAMPLE_TITLE);
    expect(JSON.stringify(info.info.Producer ?? '')).not.toMatch(/pdf-lib/);
  });
});
