/**
 * Rasterises PDF pages with poppler's pdftoppm and measures ink, so tests catch what text extraction
 * cannot: a glyph missing from the embedded subset prints as blank or as a .notdef box while its
 * Unicode mapping still extracts correctly (pdf-lib#1232).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';

const run = promisify(execFile);

export interface Raster {
  width: number;
  height: number;
  dpi: number;
  /** 8-bit greyscale, row-major. */
  grey: Uint8Array;
  png: Uint8Array;
}

/** Renders every page (or one) to greyscale at the given resolution. */
export async function rasterise(
  bytes: Uint8Array,
  options: { dpi?: number; page?: number } = {},
): Promise<Raster[]> {
  const dpi = options.dpi ?? 100;
  const dir = await mkdtemp(join(tmpdir(), 'pdftoppm-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes);
    const args = ['-r', String(dpi), '-png'];
    if (options.page) args.push('-f', String(options.page), '-l', String(options.page));
    await run('pdftoppm', [...args, file, join(dir, 'p')]);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.png')).sort();
    return Promise.all(
      names.map(async (name) => {
        const png = await readFile(join(dir, name));
        const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
        return {
          width: info.width,
          height: info.height,
          dpi,
          grey: new Uint8Array(data),
          png: new Uint8Array(png),
        };
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface RegionMm {
  leftMm: number;
  topMm: number;
  widthMm: number;
  heightMm: number;
}

/** Fraction (0–1) of pixels darker than the threshold inside a region given in mm from the top left. */
export function inkRatio(raster: Raster, region?: RegionMm, threshold = 160): number {
  const px = (mm: number): number => Math.round((mm / 25.4) * raster.dpi);
  const x0 = region ? Math.max(0, px(region.leftMm)) : 0;
  const y0 = region ? Math.max(0, px(region.topMm)) : 0;
  const x1 = region ? Math.min(raster.width, px(region.leftMm + region.widthMm)) : raster.width;
  const y1 = region ? Math.min(raster.height, px(region.topMm + region.heightMm)) : raster.height;
  let dark = 0;
  let total = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      total += 1;
      if ((raster.grey[y * raster.width + x] ?? 255) < threshold) dark += 1;
    }
  }
  return total === 0 ? 0 : dark / total;
}
