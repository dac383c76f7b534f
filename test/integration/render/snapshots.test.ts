/**
 * Visual regression: every page of every document (all of forms/catalog.ts, one case each, so one
 * changed form does not hide another) rendered at 50 dpi in grey and compared with the approved PNG
 * in test/fixtures/snapshots. Each document is taken from the first workspace below that needs it:
 * the render fixture, the samples, and the fixture further on in the procedure. UPDATE_SNAPSHOTS=1
 * writes new approved images.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../forms/catalog.js';
import { WorkspaceSchema, type Workspace } from '../../../src/shared/model/index.js';
import type { RenderResult } from '../../../src/main/services/render/render-workspace.js';
import { rasterise } from '../../helpers/pdf/raster.js';
import { SAMPLE_ATTACHMENTS, fixtureWithPdf, loadFixture, renderFixture } from './setup.js';

const DIR = resolve('test/fixtures/snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
/** Share of pixels allowed to differ by more than a quarter of the grey range (anti-aliasing noise). */
const TOLERANCE = 0.004;
/**
 * Anti-aliasing noise is spread thin; a changed word, line or rule is not. A 12 × 12 px tile (6 mm
 * at 50 dpi) with more differing pixels than this fails, however small the page-wide share: one
 * removed line of 8 pt notes changes well under TOLERANCE of a page.
 */
const TILE = 12;
const TILE_LIMIT = 24;

/** The most differing pixels in any TILE × TILE tile. */
function worstTile(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  let worst = 0;
  for (let ty = 0; ty < height; ty += TILE) {
    for (let tx = 0; tx < width; tx += TILE) {
      let n = 0;
      for (let y = ty; y < Math.min(ty + TILE, height); y += 1)
        for (let x = tx; x < Math.min(tx + TILE, width); x += 1)
          if (Math.abs((a[y * width + x] ?? 0) - (b[y * width + x] ?? 0)) > 64) n += 1;
      worst = Math.max(worst, n);
    }
  }
  return worst;
}

const sample = async (name: string): Promise<Workspace> =>
  WorkspaceSchema.parse(JSON.parse(await readFile(resolve('forms/samples', name), 'utf8')));

/** The fixture after its participation and connection were accepted (開示申込, 日程等調整). */
async function accepted(): Promise<Workspace> {
  const ws = await loadFixture();
  ws.procedure.participationAccepted = true;
  for (const s of ws.services) if (s.kind === 'HO') s.connectionAccepted = true;
  return ws;
}

/** The fixture ending its hosting service and the AP it hosts with it (ホスティング解除申込書, 002 §5.1.3). */
async function endingHosting(): Promise<Workspace> {
  const ws = await loadFixture();
  for (const s of ws.services) {
    if (s.kind === 'AP') {
      s.status = 'cancelling';
      s.aspCode = 'A000456';
    }
    if (s.kind === 'HO') {
      s.status = 'cancelling';
      s.aspCode = 'H000123';
      s.cancellation = {
        ...s.cancellation,
        desiredDate: '2027-03-31',
        reason: 'サービスの提供を終了するため',
        userContractsEnded: true,
      };
    }
  }
  return ws;
}

const results: RenderResult[] = [];
beforeAll(async () => {
  const { workspace, dirs } = await fixtureWithPdf();
  results.push(await renderFixture(workspace, dirs));
  for (const ws of [
    await sample('sample-category7.json'),
    await sample('sample-municipality.json'),
    await sample('sample-delegated.json'),
    await accepted(),
    await endingHosting(),
  ])
    results.push(await renderFixture(ws, [SAMPLE_ATTACHMENTS]));
}, 300_000);

describe('page images match the approved snapshots', () => {
  it.each(CATALOG.map((d) => d.id))('%s: every page', async (id) => {
    const doc = results.flatMap((r) => r.documents).find((d) => d.id === id);
    expect(doc, `${id}: どの見本からも作られませんでした`).toBeDefined();
    if (!doc) return;
    await mkdir(DIR, { recursive: true });
    const pages = await rasterise(doc.pdf, { dpi: 50 });
    for (const [i, page] of pages.entries()) {
      const file = join(DIR, `${doc.id}-${i + 1}.png`);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE)
          throw new Error(
            `承認済みの画像 ${file} がありません。UPDATE_SNAPSHOTS=1 で作成し、目で確認してください。`,
          );
        await writeFile(
          file,
          await sharp(page.grey, { raw: { width: page.width, height: page.height, channels: 1 } })
            .png({ compressionLevel: 9, palette: true })
            .toBuffer(),
        );
        continue;
      }
      const { data, info } = await sharp(await readFile(file))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect([info.width, info.height], file).toEqual([page.width, page.height]);
      let differing = 0;
      for (let p = 0; p < data.length; p += 1)
        if (Math.abs((data[p] ?? 0) - (page.grey[p] ?? 0)) > 64) differing += 1;
      expect(differing / data.length, `${file} differs`).toBeLessThan(TOLERANCE);
      expect(
        worstTile(data, page.grey, page.width, page.height),
        `${file} differs in one place`,
      ).toBeLessThanOrEqual(TILE_LIMIT);
    }
    // A document that lost pages (a note no longer spilling onto its own page) is a change too.
    const extra = join(DIR, `${doc.id}-${pages.length + 1}.png`);
    if (UPDATE) await rm(extra, { force: true });
    expect(existsSync(extra), `${doc.id}: 承認済みの画像より少ない${pages.length}ページです`).toBe(false);
  });
});
