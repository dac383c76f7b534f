/**
 * The applicant block names whoever applies: the representative (代表者役職・氏名), or with a 委任状
 * the delegate (申込者役職・氏名), while the 委任状 itself names the representative as 委任者
 * (002_0f100134b4811c0f.txt §5.1.1(1)). Read back from the rendered PDFs.
 */
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';
import { loadFixture, renderFixture, SAMPLE_ATTACHMENTS, squash } from './setup.js';

const linesOf = async (pdf: Uint8Array | undefined): Promise<string[]> =>
  (await readPdfText(pdf ?? new Uint8Array())).flatMap((p) => p.lines.map(squash));

describe('applicant block', () => {
  it('names the representative when the representative applies', async () => {
    const workspace = await loadFixture();
    const result = await renderFixture(workspace, [SAMPLE_ATTACHMENTS]);
    const review = await linesOf(result.documents.find((d) => d.id === 'participation-review')?.pdf);
    expect(review.some((l) => l.startsWith('代表者役職・氏名代表取締役齋藤﨑太郎'))).toBe(true);
    expect(review.some((l) => l.includes('申込者役職・氏名'))).toBe(false);
  });

  it('names the delegate on the forms and the representative on the 委任状 when delegated', async () => {
    const workspace = await loadFixture();
    workspace.applicant = {
      ...workspace.applicant,
      isRepresentative: false,
      person: { department: '公共営業部', title: '部長', name: '髙橋 次郎', nameKana: 'タカハシ ジロウ' },
      delegation: { matters: 'LGWAN-ASP登録及び接続に関する申込み一切', date: '2026-11-20' },
    };
    const result = await renderFixture(workspace, [SAMPLE_ATTACHMENTS]);
    const review = await linesOf(result.documents.find((d) => d.id === 'participation-review')?.pdf);
    expect(review.some((l) => l.startsWith('申込者役職・氏名公共営業部部長髙橋次郎'))).toBe(true);
    expect(review.some((l) => l.startsWith('代表者役職・氏名'))).toBe(false);
    const delegation = await linesOf(result.documents.find((d) => d.id === 'delegation')?.pdf);
    expect(delegation.some((l) => l.startsWith('代表者役職・氏名代表取締役齋藤﨑太郎'))).toBe(true);
  });
});
