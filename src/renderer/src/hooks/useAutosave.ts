import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workspace } from '../../../shared/model/workspace.js';
import type { EditorStore } from '../state/editorStore.js';

export type SaveState = 'saved' | 'saving' | 'dirty' | 'error';

/** A save main refused because the file changed on disk; main kept this copy (`conflictId`). */
export interface SaveConflict {
  conflictId: string;
  message: string;
}

const conflictOf = (e: unknown): SaveConflict | null => {
  if (typeof e !== 'object' || e === null || (e as { code?: unknown }).code !== 'conflict') return null;
  const id = (e as { details?: unknown }).details;
  const conflictId = Array.isArray(id) && typeof id[0] === 'string' ? id[0] : '';
  const message = (e as { message?: unknown }).message;
  return { conflictId, message: typeof message === 'string' ? message : '保存が競合しました。' };
};

/**
 * Saves shortly after the last change, and at once when the window is hidden or closed, so
 * nothing typed is lost. Saves are serialised so an older copy never lands after a newer one.
 */
export const useAutosave = (store: EditorStore | null, delayMs = 400) => {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
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
          const refused = conflictOf(e);
          if (refused) {
            // Main kept this copy; retrying would only keep it again. The user chooses first.
            setState('error');
            setConflict(refused);
            return;
          }
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

  /** After the user chose in the conflict dialog (the editor then shows the chosen version). */
  const settled = useCallback(() => {
    pending.current = null;
    setConflict(null);
    setError(null);
    setState('saved');
  }, []);

  return { state, error, flush, conflict, settled };
};
