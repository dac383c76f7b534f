import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;
const ASSETS = new URL('./pdfjs/', document.baseURI).href;

// One pdf.js worker for every document the window opens. Without it pdf.js starts a worker per
// document (and ends it with the document): fetching and compiling pdf.worker for each repaint of
// the live preview took 300 ms of its 700 ms (bench/ui.ts).
let shared: PDFWorker | null = null;
const worker = (): PDFWorker => {
  if (!shared || shared.destroyed) shared = new PDFWorker();
  return shared;
};

export const openPdf = (data: Uint8Array): Promise<PDFDocumentProxy> =>
  getDocument({
    worker: worker(),
    // pdf.js takes ownership of the buffer; keep the caller's copy usable.
    data: data.slice(),
    cMapUrl: `${ASSETS}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${ASSETS}standard_fonts/`,
    wasmUrl: `${ASSETS}wasm/`,
    iccUrl: `${ASSETS}iccs/`,
    enableXfa: false,
  }).promise;

/** Draws one page into a canvas `cssWidth` pixels wide, sharp on high-DPI (scaled Windows) screens. */
export const renderPage = async (
  pdf: PDFDocumentProxy,
  pageNumber: number,
  cssWidth: number,
  pixelRatio = window.devicePixelRatio || 1,
): Promise<HTMLCanvasElement> => {
  const page = await pdf.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: (cssWidth / base.width) * pixelRatio });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
  return canvas;
};

/** First page of each top-level bookmark: lets the user jump to one document inside the packet. */
export const outlineStarts = async (pdf: PDFDocumentProxy): Promise<{ title: string; page: number }[]> => {
  const outline = (await pdf.getOutline()) ?? [];
  const starts: { title: string; page: number }[] = [];
  for (const item of outline) {
    const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
    const ref: unknown = dest?.[0];
    if (!ref) continue;
    const index =
      typeof ref === 'number'
        ? ref
        : await pdf.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
    starts.push({ title: item.title, page: index + 1 });
  }
  return starts;
};
