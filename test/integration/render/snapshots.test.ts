/**
 * Visual regression: every page of every document rendered at 50 dpi in grey and compared with the
 * approved PNG in test/fixtures/snapshots. UPDATE_SNAPSHOTS=1 writes new approved images.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderResult } from '../../../src/main/services/render/render-workspace.js';
import { rasterise } from '../../helpers/pdf/raster.js';
import { fixtureWithPdf, renderFixture } from './setup.js';

const DIR = resolve('test/fixtures/snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
/** Share of pixels allowed to differ by more than a quarter of the grey range (anti-aliasing noise). */
const TOLERANCE = 0.004;

let result: RenderResult;
beforeAll(async () => {
  const { workspace, dirs } = await fixtureWithPdf();
  result = await renderFixture(workspace, dirs);
});

describe('page images match the approved snapshots', () => {
  it('every page of every document', async () => {
    await mkdir(DIR, { recursive: true });
    for (const doc of result.documents) {
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
      }
    }
  });
});
