import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ImageAttachmentError,
  normaliseImageFile,
} from '../../../src/main/services/attachments/normalise-image.js';
import { writeImageFixtures, type ImageFixtures } from '../../fixtures/images/make-images.js';

let dir: string;
let f: ImageFixtures;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'images-'));
  f = await writeImageFixtures(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pixel(bytes: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
}

describe('photo normalisation for print', () => {
  it('applies EXIF rotation so a phone photo prints upright', async () => {
    const out = await normaliseImageFile(f.exifRotatedJpeg);
    expect([out.sourceWidth, out.sourceHeight]).toEqual([800, 1200]);
    expect([out.width, out.height]).toEqual([800, 1200]);
    const meta = await sharp(out.bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.orientation ?? 1).toBe(1);
    // The red marker, top-left in the stored pixels, is top-right once the photo is upright.
    const [r, g] = await pixel(out.bytes, out.width - 20, 20);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(80);
    const [r2, g2] = await pixel(out.bytes, 20, 20);
    expect(r2).toBeGreaterThan(200);
    expect(g2).toBeGreaterThan(200);
  });

  it('downscales a 12 MP photo to 250 dpi in the packet photo box (170 × 240 mm)', async () => {
    const started = performance.now();
    const out = await normaliseImageFile(f.largeJpeg);
    console.info(`12 MP photo normalised in ${(performance.now() - started).toFixed(0)} ms`);
    // 170 × 240 mm at 250 dpi is 1673 × 2362 px; a 4:3 landscape photo is bound by the width.
    expect(out.width).toBe(1673);
    expect(out.height).toBe(1255);
    expect(out.effectiveDpi).toBe(250);
    expect(out.bytes.byteLength).toBeLessThan(800_000);
    expect((await sharp(out.bytes).metadata()).format).toBe('jpeg');
  });

  it('fits the photo inside whatever box it is placed in', async () => {
    const out = await normaliseImageFile(f.largeJpeg, { placedWidthMm: 120, placedHeightMm: 170 });
    // 120 × 170 mm at 250 dpi is 1181 × 1673 px; the landscape photo is bound by the width again.
    expect([out.width, out.height]).toEqual([1181, 886]);
    expect(out.effectiveDpi).toBe(250);
  });

  it('never enlarges a small image and reports the resolution it will print at', async () => {
    const out = await normaliseImageFile(f.transparentPng);
    expect([out.width, out.height]).toEqual([640, 480]);
    expect(out.sourceFormat).toBe('png');
    expect(out.effectiveDpi).toBeLessThan(150);
  });

  it('turns PNG transparency into white paper, not black', async () => {
    const out = await normaliseImageFile(f.transparentPng);
    const [r, g, b] = await pixel(out.bytes, 600, 240);
    expect(Math.min(r, g, b)).toBeGreaterThan(240);
    const [r2, , b2] = await pixel(out.bytes, 100, 240);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
  });
});

async function failure(path: string): Promise<ImageAttachmentError> {
  const error = await normaliseImageFile(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImageAttachmentError);
  return error as ImageAttachmentError;
}

describe('files that are refused, with a message naming the file and saying what to do', () => {
  it('a pixel bomb (10 gigapixels declared in a tiny PNG) is refused before decoding', async () => {
    const started = performance.now();
    const e = await failure(f.pixelBombPng);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('「pixel-bomb.png」');
  });

  it('a truncated JPEG', async () => {
    const e = await failure(f.truncatedJpeg);
    expect(e.code).toBe('truncated');
    expect(e.message).toContain('「truncated.jpg」');
    expect(e.message).toContain('添付し直して');
  });

  it('a zero-byte file', async () => {
    const e = await failure(f.zeroBytes);
    expect(e.code).toBe('empty');
    expect(e.message).toContain('「empty.jpg」は空のファイル');
  });

  it('a text file named .jpg', async () => {
    const e = await failure(f.textNamedJpg);
    expect(e.code).toBe('unsupported-format');
    expect(e.message).toContain('「memo.jpg」はテキストファイル');
    expect(e.message).toContain('JPEG（.jpg）またはPNG（.png）');
  });

  it.each([
    ['IMG_0001.HEIC', () => f.heicNamed],
    ['photo-from-iphone.jpg', () => f.realHeicHeader],
  ])('a HEIC photo (%s) gets instructions for converting it to JPEG', async (name, path) => {
    const e = await failure(path());
    expect(e.code).toBe('heic');
    expect(e.message).toContain(`「${name}」`);
    expect(e.message).toContain('互換性優先');
    expect(e.message).toContain('「写真」アプリ');
  });
});
