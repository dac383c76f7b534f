import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/shared/model/index.js';
import { NO_LINE_START } from '../../../src/shared/text/kinsoku.js';
import type { RenderResult } from '../../../src/main/services/render/render-workspace.js';
import { RenderBlockedError } from '../../../src/main/services/render/render-workspace.js';
import { planDocuments } from '../../../src/main/services/render/document-plan.js';
import {
  linesInRegion,
  listFonts,
  readOutline,
  readPdfInfo,
  readPdfText,
} from '../../helpers/pdf/read-pdf.js';
import { fixtureWithPdf, renderFixture, squash } from './setup.js';

let workspace: Workspace;
let result: RenderResult;
let dirs: string[];

beforeAll(async () => {
  const fixture = await fixtureWithPdf();
  workspace = fixture.workspace;
  dirs = fixture.dirs;
  result = await renderFixture(workspace, fixture.dirs);
});

describe('every required document (fixture: vendor with HO + AP + FA + CA)', () => {
  it('renders one PDF per required document, A4, with its official title and the workspace values', async () => {
    const ids = [...new Set(planDocuments(workspace).map((p) => p.id))];
    expect(result.documents.map((d) => d.id)).toEqual(ids);
    expect(ids).toEqual(
      expect.arrayContaining([
        'participation-review',
        'hosting-connection',
        'facility-registration',
        'communication-registration',
      ]),
    );
    for (const doc of result.documents) {
      const pages = await readPdfText(doc.pdf);
      const text = squash(pages.map((p) => p.text).join(''));
      const info = await readPdfInfo(doc.pdf);
      expect(
        info.pageSizesMm.every((s) => s.width === 210 && s.height === 297),
        doc.id,
      ).toBe(true);
      expect(text, doc.id).toContain(squash(doc.title));
      // The checklist names the 「下書き」 mark in its own wording.
      if (doc.id !== 'checklist') expect(text, doc.id).not.toContain('下書き');
      if (doc.id !== 'cover-letter' && doc.id !== 'checklist')
        expect(text, doc.id).toContain('株式会社髙橋情報システム');
    }
  });

  it('prints the values each form is about (和暦 dates, services, contacts)', async () => {
    const text = async (id: string) =>
      squash((await readPdfText(result.documents.find((d) => d.id === id)!.pdf)).map((p) => p.text).join(''));
    const review = await text('participation-review');
    expect(review).toContain('令和8年11月22日');
    expect(review).toContain('齋藤﨑太郎');
    expect(review).toContain('takahashi@example.lg.jp');
    const hosting = await text('hosting-connection');
    expect(hosting).toContain('サンプルホスティング');
    expect(hosting).toContain('電子申請サービス');
    expect(hosting).toContain('令和9年6月1日');
    expect(hosting).toContain('NTT東日本LGWAN接続回線（ASPコード:C0001）');
    const facility = await text('facility-registration');
    expect(facility).toContain('東京第一データセンター');
    expect(facility).toContain('ICカードと生体認証による二要素の入退室管理');
  });

  it('embeds every font as a subset', async () => {
    // Every font of our own documents: react-pdf falls back to its unembedded Helvetica for any
    // character set outside a Noto run (a '\n' in a Text was one), which a print shop may substitute.
    for (const doc of result.documents) {
      const fonts = await listFonts(doc.pdf);
      expect(fonts.filter((x) => x.name.includes('Noto')).length, doc.id).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.embedded, `${doc.id}: ${f.name}`).toBe(true);
        expect(f.subset, `${doc.id}: ${f.name}`).toBe(true);
      }
    }
    // The packet also holds the CA's PDF certificate, which brings its own non-embedded Helvetica.
    for (const f of (await listFonts(result.packet)).filter((x) => x.name.includes('Noto'))) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.subset, f.name).toBe(true);
    }
  });

  it('never starts a line with a line-start-prohibited character nor ends one with an inserted hyphen', async () => {
    for (const doc of result.documents) {
      for (const page of await readPdfText(doc.pdf)) {
        for (const line of page.lines) {
          const first = line.trimStart()[0] ?? '';
          expect(NO_LINE_START.has(first), `${doc.id}: 「${line}」`).toBe(false);
          // A '-' after a non-ASCII character is one react-pdf inserted (no source text has one).
          expect(/[^\p{ASCII}]-$/u.test(line.trimEnd()), `${doc.id}: 「${line}」`).toBe(false);
        }
      }
    }
  });
});

describe('the packet', () => {
  it('holds the cover letter, the checklist and every document in the cover letter order, with bookmarks', async () => {
    const outline = await readOutline(result.packet);
    const plans = planDocuments(workspace);
    expect(outline.map((o) => o.title)).toEqual(
      plans.map((p) => (p.serviceName ? `${p.title}（${p.serviceName}）` : p.title)),
    );
    const coverPdf = result.documents.find((d) => d.id === 'cover-letter')!;
    // The title column of the enclosure table (No. 10 mm, then the names), read page by page.
    let cover = '';
    for (let n = 1; n <= coverPdf.pages; n += 1)
      cover += squash(
        (await linesInRegion(coverPdf.pdf, n, { leftMm: 30, topMm: 20, widthMm: 138, heightMm: 260 })).join(
          '',
        ),
      );
    // The cover letter lists what J-LIS receives, the official forms, in the order of the bookmarks;
    // the checklist, the label and the planning aids stay with the sender and are not listed.
    let at = -1;
    for (const p of plans.filter((x) => x.kind === 'official')) {
      const name = squash(p.serviceName ? `${p.title}（${p.serviceName}）` : p.title);
      const found = cover.indexOf(name, at + 1);
      expect(found, name).toBeGreaterThan(at);
      at = found;
    }
    for (const p of plans.filter((x) => x.kind === 'aid' && x.id !== 'cover-letter'))
      expect(cover, p.title).not.toContain(squash(p.title));
    const pages = outline.map((o) => o.page ?? 0);
    expect(pages[0]).toBe(1);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  });

  it('counts pages as the documents plus one page per photo plus the PDF attachment pages', async () => {
    const documentPages = result.documents.reduce((n, d) => n + d.pages, 0);
    const imagePages = workspace.attachments.filter((a) => a.file.mediaType.startsWith('image/')).length;
    expect(result.pageCount).toBe(documentPages + imagePages + 2);
    const info = await readPdfInfo(result.packet);
    expect(info.pageCount).toBe(result.pageCount);
    expect(info.language).toBe('ja-JP');
    expect(String(info.info.Title)).toContain('株式会社髙橋情報システム');
    const texts = await readPdfText(result.packet);
    expect(texts.at(-1)?.text).toContain(`- ${result.pageCount} / ${result.pageCount} -`);
    // Photos are captioned with their requirement area.
    const all = texts.map((t) => t.text).join('');
    for (const area of ['設置環境', '電源設備', '空気調和設備', '監視設備', '地震対策'])
      expect(all).toContain(`${area}: 東京第一データセンター`);
    // The PDF certificate is merged page by page.
    expect(all).toContain('CERTIFICATE PAGE 2');
  });
});

describe('errors and drafts', () => {
  it('refuses a clean packet while the workspace has errors, and marks a forced one 「下書き」', async () => {
    const broken = structuredClone(workspace);
    broken.provider.representative.name = '';
    await expect(renderFixture(broken, [])).rejects.toBeInstanceOf(RenderBlockedError);
    const draft = await renderFixture(broken, dirs, true);
    expect(draft.draft).toBe(true);
    const review = draft.documents.find((d) => d.id === 'participation-review')!;
    for (const page of await readPdfText(review.pdf)) expect(page.text).toContain('下書き');
  });

  it('puts text that cannot fit its box on a numbered 別紙 after the document, never cutting it', async () => {
    const long = structuredClone(workspace);
    const summary = '当社は、地方公共団体向けの業務システムを開発・運用しています。'.repeat(14);
    long.provider.businessSummary = summary;
    const out = await renderFixture(long, dirs);
    const review = out.documents.find((d) => d.id === 'participation-review')!;
    const pages = await readPdfText(review.pdf);
    const text = squash(pages.map((p) => p.text).join(''));
    expect(text).toContain('別紙1のとおり');
    const sheet = squash(pages.at(-1)!.text);
    expect(sheet).toContain('別紙1');
    expect(sheet).toContain(squash(summary));
    expect(out.continuationSheets['participation-review']).toBe(1);
  });
});
