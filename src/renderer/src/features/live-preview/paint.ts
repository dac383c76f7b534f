import { TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';

/**
 * Draws page n of pdf into a page slot, not yet placed: the canvas, and over it pdf.js's text layer,
 * so the page's text can be selected, found and read by a screen reader. The text is fetched while
 * the canvas is drawn, and the caller draws every changed page at once: pdf.js's worker builds the
 * next page's drawing list while this thread paints the last one (two cores, both busy).
 */
export async function drawPage(
  pdf: PDFDocumentProxy,
  n: number,
  width: number,
  pixelRatio = window.devicePixelRatio || 1,
): Promise<HTMLElement> {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  const pixels = page.getViewport({ scale: viewport.scale * pixelRatio });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(pixels.width);
  canvas.height = Math.floor(pixels.height);
  canvas.style.width = `${width}px`;
  canvas.setAttribute('aria-hidden', 'true');
  const [, textContent] = await Promise.all([
    page.render({ canvas, viewport: pixels }).promise,
    page.getTextContent(),
  ]);
  const text = document.createElement('div');
  text.className = 'textLayer';
  const slot = document.createElement('div');
  slot.className = 'live-page';
  slot.dataset.page = String(n);
  slot.setAttribute('role', 'group');
  slot.setAttribute('aria-label', `${n}ページ`);
  slot.style.setProperty('--scale-factor', String(viewport.scale));
  slot.style.setProperty('--total-scale-factor', String(viewport.scale));
  slot.style.width = `${width}px`;
  slot.style.height = `${Math.floor(viewport.height)}px`;
  slot.append(canvas, text);
  await new TextLayer({ textContentSource: textContent, container: text, viewport }).render();
  page.cleanup();
  return slot;
}

/** Puts drawn page slots in place of the pages they replace, in page order, in one go. */
export function placePages(box: HTMLElement, slots: readonly HTMLElement[]): void {
  for (const slot of slots) {
    const n = Number(slot.dataset.page);
    const old = box.querySelector<HTMLElement>(`:scope > [data-page="${n}"]`);
    if (old) old.replaceWith(slot);
    else {
      const next = [...box.children].find((c) => Number((c as HTMLElement).dataset.page) > n);
      box.insertBefore(slot, next ?? null);
    }
  }
}
