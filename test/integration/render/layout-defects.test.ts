/**
 * Layout defects a J-LIS reviewer returns an envelope for (issue #14 item 4), read back from the
 * rendered PDFs' text layer: a name split between lines, the applicant beside the 印 box sent to a
 * 別紙, one mostly blank 別紙 page per overflowing box, a page holding only a row, 「以上」 or a
 * footnote, and schedule text cut off with 「…」.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/shared/model/index.js';
import {
  renderWorkspaceDocuments,
  type RenderResult,
} from '../../../src/main/services/render/render-workspace.js';
import { readPdfText, type PageText } from '../../helpers/pdf/read-pdf.js';
import { DATE, SAMPLE_ATTACHMENTS, fixtureWithPdf, loadFixture, renderFixture, squash } from './setup.js';

const FOOTER = /^LGWAN-ASP申込ワークベンチ/;
const pagesOf = async (result: RenderResult, id: string): Promise<PageText[]> =>
  readPdfText(result.documents.find((d) => d.id === id)?.pdf ?? new Uint8Array());

/** The lines from （申込者） down to the form's title: the applicant block, wherever its lines fall. */
const applicantBlock = (page: PageText | undefined): string[] => {
  const lines = (page?.lines ?? []).map(squash);
  return lines.slice(
    lines.findIndex((l) => l.includes('（申込者）')),
    lines.findIndex((l) => l.includes('申込書') || l.includes('届出書')),
  );
};

const render = (workspace: Workspace, documentIds: string[]) =>
  renderWorkspaceDocuments({
    workspace,
    appRoot: resolve('.'),
    force: true,
    combined: true,
    documentIds,
    attachmentDirs: [SAMPLE_ATTACHMENTS],
    now: DATE,
  });

describe('the whole fixture packet', () => {
  let result: RenderResult;
  beforeAll(async () => {
    const { workspace, dirs } = await fixtureWithPdf();
    result = await renderFixture(workspace, dirs);
  });

  it('has no page that holds only a row or two, 「以上」 or a footnote', async () => {
    for (const doc of result.documents) {
      const pages = await readPdfText(doc.pdf);
      for (const [i, page] of pages.entries()) {
        if (pages.length === 1) continue;
        const body = page.lines.map((l) => l.trim()).filter((l) => l !== '' && !FOOTER.test(l));
        const label = `${doc.id} page ${i + 1}: ${body.join(' / ')}`;
        expect(body.length, label).toBeGreaterThan(3);
        expect(
          body.every((l) => /^(以上|※|出典)/.test(l)),
          label,
        ).toBe(false);
      }
    }
  });

  it('keeps the communication form with its 添付資料 row on one page', async () => {
    const pages = await pagesOf(result, 'communication-registration');
    expect(pages).toHaveLength(1);
    expect(pages[0]?.text).toContain(squash('添付資料'));
  });

  it('prints every schedule step in full, never cut with an ellipsis', async () => {
    const text = (await pagesOf(result, 'schedule')).map((p) => p.text).join('');
    expect(text).not.toContain('…');
    // The step's who and how long, in full (the dates column shares its lines).
    expect(text).toContain(squash('ネットワーク基盤サービス事業者・'));
    expect(text).toContain(squash('約5か月'));
  });
});

describe('a form with long entries', () => {
  let result: RenderResult;
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await loadFixture();
    workspace.provider.representative.title = '代表取締役社長執行役員兼';
    workspace.provider.name = `株式会社${'髙橋情報システムサービスホールディングス'.repeat(3)}`;
    workspace.provider.address.rest = `千代田区千代田一丁目1番1号${'情報通信ビルディング東館'.repeat(3)}`;
    const ca = workspace.services.find((s) => s.kind === 'CA');
    if (ca?.kind !== 'CA') throw new Error('fixture without CA');
    ca.lineTypes = '専用線（広域イーサネット、IP-VPN、閉域モバイル網）'.repeat(8);
    ca.regions = '北海道、東北、関東、中部、近畿、中国、四国、九州、沖縄の各地域'.repeat(8);
    result = await render(workspace, ['participation-review', 'communication-registration']);
  });

  it('never splits a person’s name between lines', async () => {
    const block = applicantBlock((await pagesOf(result, 'participation-review'))[0]);
    expect(block.length).toBeGreaterThan(3);
    // The title takes the first line of the box; the name goes whole to the next one.
    expect(block.some((l) => l.includes('齋藤﨑太郎'))).toBe(true);
  });

  it('shrinks the applicant block beside the 印 box instead of sending it to a 別紙', async () => {
    for (const id of ['participation-review', 'communication-registration']) {
      const block = applicantBlock((await pagesOf(result, id))[0]);
      expect(block.length, id).toBeGreaterThan(3);
      expect(block.join(''), id).not.toContain('別紙');
      // The labels share the lines of the values they head; read the values alone.
      const values = block.join('').replace(/所在地|名称|代表者役職・氏名|印/g, '');
      expect(values, id).toContain(squash(workspace.provider.name));
    }
  });

  it('puts the overflowing boxes of one form on one 別紙 page set naming the form and the applicant', async () => {
    const pages = await pagesOf(result, 'communication-registration');
    const sheets = pages.filter((p) => p.text.includes('欄の記載内容'));
    expect(sheets).toHaveLength(1);
    const sheet = squash(sheets[0]?.text ?? '');
    expect(sheet).toContain('別紙1「回線種別」欄');
    expect(sheet).toContain('別紙2「提供可能地域」欄');
    expect(sheet).toContain(squash('総合行政ネットワークASP通信サービス登録申込書（別紙）'));
    expect(sheet).toContain(squash(`申込者: ${workspace.provider.name}`));
  });
});
