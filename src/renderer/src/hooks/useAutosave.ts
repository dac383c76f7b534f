import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workspace } from '../../../shared/model/workspace.js';
import type { EditorStore } from '../state/editorStore.js';

export type SaveState = 'saved' | 'saving' | 'dirty' | 'error';

/**
 * Saves shortly after the last change, and at once when the window is hidden or closed, so
 * nothing typed is lost. Saves are serialised so an older copy never lands after a newer one.
 */
export const useAutosave = (store: EditorStore | null, delayMs = 400) => {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<Workspace | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    const next = pending.current;
    if (!next) return chain.current;
    pending.current = null;
    setState('saving');
    chain.current = chain.current
      .then(() => window.api['workspaces.save']({ workspace: next }))
      .then(
        () => {
          if (!pending.current) setState('saved');
          setError(null);
        },
        (e: unknown) => {
          // Keep the unsaved copy so the next change or flush retries it.
          pending.current ??= next;
          setState('error');
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    return chain.current;
  }, []);

  useEffect(() => {
    if (!store) return;
    // The copy as loaded is never written back; only edits are.
    let last = store.workspace;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      if (store.workspace === last) return;
      last = store.workspace;
      pending.current = last;
      setState('dirty');
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, delayMs, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    // Closing: the renderer may be gone before an earlier save answers, so the last copy is sent
    // now instead of queued behind it. Main writes saves of one workspace in arrival order.
    const onLeave = () => {
      const next = pending.current;
      if (!next) return;
      pending.current = null;
      void window.api['workspaces.save']({ workspace: next }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  return { state, error, flush };
};
