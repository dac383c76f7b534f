/**
 * Reads real PDFs back the way a user's viewer would: text per page and per line (pdfjs-dist),
 * bookmarks, metadata, and the fonts poppler's pdffonts lists.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

/** Opens the PDF, runs fn on it and always releases pdfjs's worker and memory afterwards. */
export async function withPdf<T>(bytes: Uint8Array, fn: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const task = getDocument({
    // pdfjs transfers (detaches) the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await fn(await task.promise);
  } finally {
    await task.destroy();
  }
}

export interface PageText {
  /** Text lines in reading order (top to bottom), each as printed. */
  lines: string[];
  /** All text of the page joined without separators: for "contains" checks across line breaks. */
  text: string;
}

interface Item {
  str: string;
  x: number;
  y: number;
  height: number;
  hasEOL: boolean;
}

/** Groups text runs into visual lines by baseline, left to right. */
function toLines(items: Item[]): string[] {
  const rows: { y: number; height: number; parts: Item[] }[] = [];
  for (const item of items) {
    if (item.str === '') continue;
    const row = rows.find(
      (r) => Math.abs(r.y - item.y) < Math.max(1.5, Math.min(r.height, item.height) * 0.4),
    );
    if (row) row.parts.push(item);
    else rows.push({ y: item.y, height: item.height, parts: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) =>
    r.parts
      .sort((a, b) => a.x - b.x)
      .map((p) => p.str)
      .join(''),
  );
}

/**
 * Lines per visual row. Side-by-side cells on one baseline come out as one line; use
 * `linesInRegion` to read one box.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PageText[]> {
  return withPdf(bytes, async (doc) => {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const items = await pageItems(doc, n);
      const lines = toLines(items);
      pages.push({ lines, text: lines.join('') });
    }
    return pages;
  });
}

async function pageItems(doc: PDFDocumentProxy, n: number): Promise<Item[]> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const items: Item[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    items.push({
      str: raw.str,
      x: raw.transform[4] as number,
      y: raw.transform[5] as number,
      height: raw.height,
      hasEOL: raw.hasEOL,
    });
  }
  return items;
}

/** Lines of text whose start lies inside a region given in mm from the page's top-left corner. */
export async function linesInRegion(
  bytes: Uint8Array,
  pageNumber: number,
  region: { leftMm: number; topMm: number; widthMm: number; heightMm: number },
): Promise<string[]> {
  return withPdf(bytes, async (doc) => {
    const page = await doc.getPage(pageNumber);
    const pageHeight = page.view[3] ?? 0;
    const pt = (v: number): number => (v * 72) / 25.4;
    const items = (await pageItems(doc, pageNumber)).filter((i) => {
      const topFromTop = pageHeight - i.y;
      return (
        i.x >= pt(region.leftMm) - 0.5 &&
        i.x <= pt(region.leftMm + region.widthMm) &&
        topFromTop >= pt(region.topMm) &&
        topFromTop <= pt(region.topMm + region.heightMm)
      );
    });
    return toLines(items);
  });
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number | null;
  children: OutlineEntry[];
}

export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  return withPdf(bytes, async (doc) => {
    const outline = (await doc.getOutline()) ?? [];
    type Node = (typeof outline)[number];
    const convert = async (node: Node): Promise<OutlineEntry> => {
      let page: number | null = null;
      const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
      const ref = dest?.[0];
      if (ref && typeof ref === 'object')
        page = (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
      else if (typeof ref === 'number') page = ref + 1;
      return { title: node.title, page, children: await Promise.all(node.items.map(convert)) };
    };
    return Promise.all(outline.map(convert));
  });
}

export interface PdfInfo {
  pageCount: number;
  info: Record<string, unknown>;
  language: string | null;
  /** Page sizes in mm, rounded. */
  pageSizesMm: { width: number; height: number }[];
}

export async function readPdfInfo(bytes: Uint8Array): Promise<PdfInfo> {
  return withPdf(bytes, async (doc) => {
    const meta = await doc.getMetadata();
    const pageSizesMm: { width: number; height: number }[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await doc.getPage(n)).view;
      pageSizesMm.push({
        width: Math.round(((x1 - x0) * 25.4) / 72),
        height: Math.round(((y1 - y0) * 25.4) / 72),
      });
    }
    const info = meta.info as Record<string, unknown>;
    return {
      pageCount: doc.numPages,
      info,
      language: ((info.Language as string | undefined) ?? null) || null,
      pageSizesMm,
    };
  });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** Fonts as poppler's pdffonts reports them (ABCDEF+ prefix = subset). */
export async function listFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pdffonts-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        // name type… encoding emb sub uni objectId gen: read the flags from the end.
        const n = cols.length;
        return {
          name: cols[0] ?? '',
          type: cols.slice(1, n - 6).join(' '),
          embedded: cols[n - 5] === 'yes',
          subset: cols[n - 4] === 'yes',
        };
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
