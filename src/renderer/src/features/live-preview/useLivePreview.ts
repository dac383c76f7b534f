import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Workspace } from '../../../../shared/model/index.js';
import { messageOf } from '../../state/errors.js';

/** Long enough to let a typing burst finish, short enough to feel immediate (bench/ui.ts). */
export const DEBOUNCE_MS = 60;

export interface LiveTarget {
  documentId: string;
  serviceId?: string;
}

export type LiveStatus =
  { state: 'idle' | 'rendering' | 'shown'; pages: number } | { state: 'error'; message: string };

/**
 * Keeps the preview's pages in step with the workspace being edited: after a pause in typing (never
 * while an IME is composing), the shown document is rendered again in main, where the document
 * cache lays it out only if it prints something that changed, and only the pages whose content
 * changed are painted again. Each round is marked for bench/ui.ts: `live-preview-requested` when
 * the render is asked for, `live-preview-rendered` when main's answer is in, `live-preview-painted`
 * when the changed pages are on screen.
 */
export function useLivePreview(
  workspace: Workspace,
  target: LiveTarget | null,
  container: RefObject<HTMLDivElement | null>,
  width: number,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>({ state: 'idle', pages: 0 });
  const latest = useRef({ workspace, target });
  latest.current = { workspace, target };
  const composing = useRef(false);
  const busy = useRef(false);
  const again = useRef(false);
  const shown = useRef<{ key: string; pageKeys: string[]; pdf: PDFDocumentProxy | null }>({
    key: '',
    pageKeys: [],
    pdf: null,
  });
  const timer = useRef<number | undefined>(undefined);

  const refresh = async (): Promise<void> => {
    if (busy.current) {
      again.current = true;
      return;
    }
    const { workspace: ws, target: t } = latest.current;
    const box = container.current;
    if (!t || !box) return;
    busy.current = true;
    performance.mark('live-preview-requested');
    setStatus((s) => (s.state === 'shown' ? s : { state: 'rendering', pages: 0 }));
    try {
      const result = await window.api['documents.livePreview']({
        workspace: ws,
        documentId: t.documentId,
        ...(t.serviceId ? { serviceId: t.serviceId } : {}),
      });
      performance.mark('live-preview-rendered');
      const key = `${t.documentId}|${t.serviceId ?? ''}`;
      const before = shown.current.key === key ? shown.current.pageKeys : [];
      const changed = result.pageKeys.flatMap((k, i) => (before[i] === k ? [] : [i + 1]));
      const { openPdf } = await import('../documents/pdf.js');
      const { drawPage, placePages } = await import('./paint.js');
      const pdf = changed.length > 0 ? await openPdf(result.pdf) : null;
      const w = box.clientWidth || width;
      // All changed pages drawn before any is shown: the preview never mixes two versions.
      if (pdf) placePages(box, await Promise.all(changed.map((n) => drawPage(pdf, n, w))));
      for (const extra of [...box.children].slice(result.pages)) extra.remove();
      if (pdf) {
        void shown.current.pdf?.loadingTask.destroy();
        shown.current.pdf = pdf;
      }
      shown.current = { ...shown.current, key, pageKeys: result.pageKeys };
      performance.mark('live-preview-painted', { detail: { changed: changed.length } });
      box.dataset.painted = String(Number(box.dataset.painted ?? '0') + 1);
      setStatus({ state: 'shown', pages: result.pages });
    } catch (e) {
      setStatus({ state: 'error', message: messageOf(e) });
    } finally {
      busy.current = false;
      if (again.current) {
        again.current = false;
        void refresh();
      }
    }
  };

  const schedule = () => {
    window.clearTimeout(timer.current);
    if (composing.current) return;
    timer.current = window.setTimeout(() => void refresh(), DEBOUNCE_MS);
  };

  useEffect(() => {
    const start = () => {
      composing.current = true;
      window.clearTimeout(timer.current);
    };
    const end = () => {
      composing.current = false;
      schedule();
    };
    document.addEventListener('compositionstart', start, true);
    document.addEventListener('compositionend', end, true);
    return () => {
      document.removeEventListener('compositionstart', start, true);
      document.removeEventListener('compositionend', end, true);
      window.clearTimeout(timer.current);
      void shown.current.pdf?.loadingTask.destroy();
    };
  }, []);

  useEffect(schedule, [workspace, target?.documentId, target?.serviceId]);
  return status;
}
