import { TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
import { renderPage } from '../documents/pdf.js';

/**
 * Paints page n of pdf into its slot in box (made if missing): the canvas, and over it pdf.js's
 * text layer, so the page's text can be selected, found and read by a screen reader.
 */
export async function paintPage(
  box: HTMLElement,
  pdf: PDFDocumentProxy,
  n: number,
  width: number,
): Promise<void> {
  const canvas = await renderPage(pdf, n, width);
  canvas.style.width = `${width}px`;
  canvas.setAttribute('aria-hidden', 'true');
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
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
  await new TextLayer({ textContentSource: await page.getTextContent(), container: text, viewport }).render();
  page.cleanup();
  const old = box.querySelector<HTMLElement>(`:scope > [data-page="${n}"]`);
  if (old) old.replaceWith(slot);
  else {
    const next = [...box.children].find((c) => Number((c as HTMLElement).dataset.page) > n);
    box.insertBefore(slot, next ?? null);
  }
}
