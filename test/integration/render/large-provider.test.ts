/**
 * A hosting company with 100 AP services on two hostings and 40 facilities (200 facility photos):
 * the packet renders with no block taller than a page (test/setup/react-pdf-layout.ts turns
 * react-pdf's "can't wrap between pages" warning into a failed render), every service is named in
 * it, every 「別紙Nのとおり」 has its 別紙, and no text lies outside the printable area.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { RenderResult } from '../../../src/main/services/render/render-workspace.js';
import { renderWorkspaceDocuments } from '../../../src/main/services/render/render-workspace.js';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';
import { largeProvider } from '../../fixtures/large/large-provider.js';
import { readPdfText, type PageText } from '../../helpers/pdf/read-pdf.js';
import { textBoxes } from '../../helpers/pdf/text-boxes.js';
import { DATE, SAMPLE_ATTACHMENTS, squash } from './setup.js';

const workspace = largeProvider();
let result: RenderResult;
let pages: PageText[];

/** What an office laser printer can reach: nothing closer than 8 mm to an edge is safe. */
const PRINTABLE_INSET_MM = 8;

beforeAll(async () => {
  result = await renderWorkspaceDocuments({
    workspace,
    appRoot: resolve('.'),
    force: false,
    attachmentDirs: [SAMPLE_ATTACHMENTS],
    now: DATE,
  });
  pages = await readPdfText(result.packet);
}, 900_000);

describe('the generated large provider', () => {
  it('is the size asked for and passes the check, so its packet is a clean one', () => {
    const kinds = workspace.services.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'AP')).toHaveLength(100);
    expect(kinds.filter((k) => k === 'HO')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'FA')).toHaveLength(40);
    expect(workspace.attachments.filter((a) => a.kind === 'facility-photo')).toHaveLength(200);
    expect(checkWorkspace(workspace, { today: DATE }).findings.filter((f) => f.severity === 'error')).toEqual(
      [],
    );
    expect(result.draft).toBe(false);
  });

  it('names every service in the packet', async () => {
    const text = squash(pages.map((p) => p.text).join(''));
    const missing = workspace.services.map((s) => s.name).filter((name) => !text.includes(squash(name)));
    expect(missing).toEqual([]);
  });

  it('has a 別紙 for every 「別紙Nのとおり」 of each document, and a reference for every 別紙', () => {
    expect(Object.values(result.continuationSheets).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // Each document instance (with its attachments) numbers its own 別紙 from 1.
    for (const part of result.parts) {
      const own = pages.slice(part.firstPage - 1, part.firstPage - 1 + part.pageCount);
      const text = own.map((p) => squash(p.text)).join('');
      const referenced = new Set([...text.matchAll(/別紙(\d+)のとおり/g)].map((m) => Number(m[1])));
      const sheets = new Set(
        own.flatMap((p) => {
          const m = /^別紙(\d+)$/.exec(squash(p.lines[0] ?? ''));
          return m ? [Number(m[1])] : [];
        }),
      );
      expect([...sheets].sort(), `${part.id} p.${part.firstPage}`).toEqual([...referenced].sort());
    }
  });

  it('puts no text outside the printable area of any page', async () => {
    const outside: string[] = [];
    for (const [i, page] of (await textBoxes(result.packet)).entries()) {
      for (const box of page.boxes) {
        const inside =
          box.leftMm >= PRINTABLE_INSET_MM &&
          box.topMm >= PRINTABLE_INSET_MM &&
          box.rightMm <= page.widthMm - PRINTABLE_INSET_MM &&
          box.bottomMm <= page.heightMm - PRINTABLE_INSET_MM;
        if (!inside)
          outside.push(`p.${i + 1} 「${box.str}」 at ${box.leftMm.toFixed(1)},${box.topMm.toFixed(1)}`);
      }
    }
    expect(outside).toEqual([]);
    expect(result.pageCount).toBeGreaterThan(300);
  }, 300_000);
});
