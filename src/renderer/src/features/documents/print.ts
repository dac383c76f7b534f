import { openPdf, renderPage } from './pdf.js';

/** 300 dpi on A4 (210 mm = 8.27 in): small kanji in ruled tables stay sharp on paper. */
export const RASTER_WIDTH_PX = 2480;

/**
 * The fallback when the PDF itself cannot be printed (main's PDF viewer route failed): each page
 * becomes one 300-dpi image in a print-only container that the print stylesheet shows, one A4
 * sheet per image, and main prints the window (`print.raster`, with the copies and printer).
 *
 * Memory stays bounded: one page is drawn at a time, encoded to PNG, and its canvas and pdf.js
 * page released before the next; only the compressed images wait for the print.
 */
export const printAsImages = async (
  bytes: Uint8Array,
  job: { copies: number; printer: string },
  onPage: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<boolean> => {
  const pdf = await openPdf(bytes);
  const container = document.createElement('div');
  container.className = 'print-only';
  container.setAttribute('aria-hidden', 'true');
  const urls: string[] = [];
  try {
    const loaded: Promise<void>[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal.aborted) return false;
      const canvas = await renderPage(pdf, n, RASTER_WIDTH_PX, 1);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      // Release the page's pixels now (≈ 35 MB at 300 dpi), not when the collector gets to it.
      canvas.width = 0;
      canvas.height = 0;
      if (!blob) throw new Error(`${n}ページ目を印刷用の画像にできませんでした。`);
      const url = URL.createObjectURL(blob);
      urls.push(url);
      const img = document.createElement('img');
      img.alt = `${n}ページ`;
      img.dataset.page = String(n);
      loaded.push(
        new Promise<void>((resolve, reject) => {
          img.onload = () => resolve();
          img.onerror = () => reject(new Error(`${n}ページ目の印刷用の画像を読み込めませんでした。`));
        }),
      );
      img.src = url;
      container.append(img);
      onPage(n, pdf.numPages);
    }
    document.body.append(container);
    await Promise.all(loaded);
    if (signal.aborted) return false;
    const { printed } = await window.api['print.raster'](job);
    return printed;
  } finally {
    container.remove();
    for (const url of urls) URL.revokeObjectURL(url);
    await pdf.loadingTask.destroy();
  }
};
