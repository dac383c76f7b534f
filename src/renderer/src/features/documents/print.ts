import type { PDFDocumentProxy } from 'pdfjs-dist';
import { renderPage } from './pdf.js';

// 150 dpi on A4 (8.27 in), as pdf.js's own viewer prints: sharp text without huge memory use.
const PRINT_WIDTH_PX = 1240;

/**
 * Prints through the system print dialog: pages become images in a print-only container that the
 * print stylesheet shows instead of the app.
 */
export const printPdf = async (
  pdf: PDFDocumentProxy,
  onPage: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<boolean> => {
  const container = document.createElement('div');
  container.className = 'print-only';
  const urls: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal.aborted) return false;
      const canvas = await renderPage(pdf, n, PRINT_WIDTH_PX, 1);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error(`${n}ページ目を印刷用の画像にできませんでした。`);
      const url = URL.createObjectURL(blob);
      urls.push(url);
      const img = document.createElement('img');
      img.src = url;
      img.alt = `${n}ページ`;
      container.append(img);
      onPage(n, pdf.numPages);
    }
    document.body.append(container);
    await Promise.all(Array.from(container.querySelectorAll('img')).map((img) => img.decode()));
    window.print();
    return true;
  } finally {
    container.remove();
    for (const url of urls) URL.revokeObjectURL(url);
  }
};
