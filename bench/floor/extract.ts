/**
 * The content of a rendered packet as plain drawing instructions, read back with pdfjs the way a
 * viewer sees it: every text item (string, font, size, position) and every image (its JPEG bytes,
 * taken from the PDF as they are stored, and the placement the page's transforms give it).
 *
 * This is what the render floor (redraw.ts) writes again without any layout engine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { FaceKey } from '../../src/shared/fonts/faces.js';
import { multiply, type Matrix } from '../../src/main/services/pdf/matrix.js';

export interface FloorText {
  str: string;
  face: FaceKey;
  size: number;
  x: number;
  y: number;
}

export interface FloorImage {
  /** Index into FloorContent.images. */
  image: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FloorPage {
  width: number;
  height: number;
  texts: FloorText[];
  images: FloorImage[];
}

export interface FloorContent {
  pages: FloorPage[];
  /** The JPEG streams of the packet, byte for byte. */
  images: Uint8Array[];
  faces: FaceKey[];
}

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

/** Our four faces by the PostScript name the PDF's (subset) font carries, e.g. ABCDEF+NotoSerifJP-Bold. */
function faceOf(fontName: string): FaceKey {
  const family = /NotoSans/i.test(fontName) ? 'sans' : 'serif';
  const weight = /Bold|700/i.test(fontName) ? 700 : 400;
  return `${family}-${weight}`;
}

/** The DCT (JPEG) image streams a page's resources hold, in resource order. */
function jpegStreams(doc: PDFDocument, pageIndex: number): Uint8Array[] {
  const resources = doc.getPage(pageIndex).node.Resources();
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return [];
  const out: Uint8Array[] = [];
  for (const [, ref] of xobjects.entries()) {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const { dict } = stream;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    if (dict.get(PDFName.of('Filter')) !== PDFName.of('DCTDecode')) continue;
    out.push(stream.contents);
  }
  return out;
}

export async function extractContent(packet: Uint8Array): Promise<FloorContent> {
  const lib = await PDFDocument.load(packet, { updateMetadata: false });
  const task = getDocument({
    data: packet.slice(),
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    useSystemFonts: false,
    // Keeps each font's PostScript name on the loaded font object.
    fontExtraProperties: true,
    verbosity: 0,
  });
  const content: FloorContent = { pages: [], images: [], faces: [] };
  const faces = new Set<FaceKey>();
  try {
    const pdf = await task.promise;
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const out: FloorPage = { width: x1 - x0, height: y1 - y0, texts: [], images: [] };
      // The operator list first: it loads the page's fonts into commonObjs, where their names are.
      const ops = await page.getOperatorList();
      const jpegs = jpegStreams(lib, n - 1);
      const stack: Matrix[] = [];
      let ctm: Matrix = [1, 0, 0, 1, 0, 0];
      for (const [i, fn] of ops.fnArray.entries()) {
        const args = ops.argsArray[i] as unknown[];
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
        else if (fn === OPS.paintImageXObject) {
          const bytes = jpegs[out.images.length];
          if (!bytes) continue;
          content.images.push(bytes);
          out.images.push({
            image: content.images.length - 1,
            x: ctm[4],
            y: ctm[5],
            width: ctm[0],
            height: ctm[3],
          });
        }
      }
      const text = await page.getTextContent();
      for (const item of text.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
        const font = page.commonObjs.has(item.fontName)
          ? (page.commonObjs.get(item.fontName) as { name?: string }).name
          : undefined;
        const face = faceOf(font ?? item.fontName);
        faces.add(face);
        out.texts.push({ str: item.str, face, size: Math.hypot(a, b), x: e, y: f });
      }
      page.cleanup();
      content.pages.push(out);
    }
  } finally {
    await task.destroy();
  }
  content.faces = [...faces];
  return content;
}

/** Text items and images in all: the size of the content the floor redraws. */
export function contentSize(content: FloorContent): { texts: number; images: number; glyphs: number } {
  let texts = 0;
  let images = 0;
  let glyphs = 0;
  for (const page of content.pages) {
    texts += page.texts.length;
    images += page.images.length;
    for (const t of page.texts) glyphs += [...t.str].length;
  }
  return { texts, images, glyphs };
}
