/** @jsxRuntime automatic @jsxImportSource react */
/**
 * No page that holds only 「以上」 or a footnote (issue #14 item 4): a form head, a ruled table of n
 * rows and a closing 「以上」 and note, for every n around the page break, never leaves the closing
 * lines alone on a page of their own; they come back onto the form's page (compact.ts).
 */
import { Document, Text } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import {
  Addressee,
  ApplicantBlock,
  Cell,
  DateLine,
  FormPage,
  LeadSentence,
  Row,
  Title,
  mm,
} from '../../../forms/_kit/index.js';
import { renderDocument } from '../../../src/main/services/pdf/render-document.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';

const TITLE = '総合行政ネットワークASP通信サービス登録申込書';

function Form({ rows }: { rows: number }) {
  return (
    <Document title={TITLE}>
      <FormPage footerNote="LGWAN-ASP申込ワークベンチ 様式 2026-11">
        <DateLine date="2026-11-22" />
        <Addressee />
        <ApplicantBlock
          heading="（申込者）"
          address="〒102-8419 東京都千代田区一番町25番地"
          name="株式会社齋藤情報システム"
          person="代表取締役 﨑山 徳之"
          seal
        />
        <Title>{TITLE}</Title>
        <LeadSentence>次のとおり申し込みます。</LeadSentence>
        {Array.from({ length: rows }, (_, i) => (
          <Row key={i}>
            <Cell widthMm={56} label>{`項目${i + 1}`}</Cell>
            <Cell widthMm={114}>{`記入内容${i + 1}`}</Cell>
          </Row>
        ))}
        <Text style={{ textAlign: 'right', marginTop: mm(3) }}>以上</Text>
        <Text style={{ fontSize: 9 }}>※添付資料は別に綴じてください。</Text>
      </FormPage>
    </Document>
  );
}

describe('the last page of a form', () => {
  it('never holds only 「以上」 and a footnote, whatever the number of rows', async () => {
    const alone: string[] = [];
    // 19–26 one-line rows bring 「以上」 to the page break of this head.
    for (let rows = 19; rows <= 26; rows += 1) {
      const { bytes } = await renderDocument(<Form rows={rows} />, { documentTitle: TITLE });
      const pages = await readPdfText(bytes);
      const last = (pages.at(-1)?.lines ?? []).map((l) => l.trim()).filter((l) => !/^LGWAN-ASP/.test(l));
      if (pages.length > 1 && last.every((l) => /^(以上|※)/.test(l)))
        alone.push(`${rows} rows: page ${pages.length} holds ${last.join(' / ')}`);
    }
    expect(alone).toEqual([]);
  }, 120_000);
});
