/**
 * The render floor: the packet's content (extract.ts) written again with @cantoo/pdf-lib and the
 * same fonts, subset as the packet's are, with no layout engine. The cheapest way to produce a PDF
 * that prints the same text and photos; the render bench reports its times as ratios to this.
 *
 * Run as a child for the cold floor: node floor-child.mjs <dir written by writeContent>
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, type PDFFont, type PDFImage, rgb } from '@cantoo/pdf-lib';
import { FONT_FACES, type FaceKey } from '../../forms/fonts/faces.js';
import { fontPath } from '../../src/main/services/pdf/fonts.js';
import type { FloorContent } from './extract.js';

export type FontBytes = ReadonlyMap<FaceKey, Uint8Array>;

export async function readFaces(faces: readonly FaceKey[]): Promise<Map<FaceKey, Uint8Array>> {
  const out = new Map<FaceKey, Uint8Array>();
  for (const face of FONT_FACES.filter((f) => faces.includes(f.key)))
    out.set(face.key, await readFile(fontPath(face)));
  return out;
}

export async function redraw(content: FloorContent, fonts: FontBytes): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embedded = new Map<FaceKey, PDFFont>();
  // Tagged like the packet's fonts (PDF 32000-1 §9.6.4), and subset as they are.
  for (const [i, [key, bytes]] of [...fonts].entries())
    embedded.set(
      key,
      await doc.embedFont(bytes, { subset: true, customName: `FLOOR${'ABCD'[i] ?? 'Z'}+${key}` }),
    );
  const images = new Map<number, PDFImage>();
  const black = rgb(0, 0, 0);
  for (const p of content.pages) {
    const page = doc.addPage([p.width, p.height]);
    for (const im of p.images) {
      let image = images.get(im.image);
      if (!image) {
        image = await doc.embedJpg(content.images[im.image] ?? new Uint8Array());
        images.set(im.image, image);
      }
      page.drawImage(image, { x: im.x, y: im.y, width: im.width, height: im.height });
    }
    for (const t of p.texts) {
      const font = embedded.get(t.face);
      if (font) page.drawText(t.str, { x: t.x, y: t.y, size: t.size, font, color: black });
    }
  }
  return doc.save();
}

/** The content as files a child process reads: content.json and one .jpg per image. */
export async function writeContent(dir: string, content: FloorContent): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { images, ...rest } = content;
  await writeFile(join(dir, 'content.json'), JSON.stringify({ ...rest, imageCount: images.length }));
  for (const [i, bytes] of images.entries()) await writeFile(join(dir, `${i}.jpg`), bytes);
}

async function readContent(dir: string): Promise<FloorContent> {
  const json = JSON.parse(await readFile(join(dir, 'content.json'), 'utf8')) as Omit<
    FloorContent,
    'images'
  > & {
    imageCount: number;
  };
  const images: Uint8Array[] = [];
  for (let i = 0; i < json.imageCount; i += 1) images.push(await readFile(join(dir, `${i}.jpg`)));
  return { pages: json.pages, faces: json.faces, images };
}

/** The cold floor: a new process reads the content and the fonts from disk and writes the PDF. */
export async function floorChild(dir: string): Promise<void> {
  const startupMs = performance.now();
  const content = await readContent(dir);
  const bytes = await redraw(content, await readFaces(content.faces));
  await writeFile(join(dir, 'floor.pdf'), bytes);
  process.stdout.write(JSON.stringify({ startupMs, ms: performance.now() - startupMs, bytes: bytes.length }));
}
