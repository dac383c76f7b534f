import { useEffect, useRef, useState } from 'react';
import type { Workspace } from '../../../shared/model/workspace.js';

export type SaveState = 'saved' | 'saving' | 'dirty' | 'error';

/**
 * Saves shortly after the last change and on page hide, so nothing typed is lost when the
 * window closes; saves are serialised so an older copy never lands after a newer one.
 */
export const useAutosave = (workspace: Workspace | null, delayMs = 300) => {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<Workspace | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const first = useRef(true);

  const flush = () => {
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
          setState('error');
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    return chain.current;
  };

  useEffect(() => {
    if (!workspace) return;
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = workspace;
    setState('dirty');
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
  }, [workspace]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  return { state, error, flush };
};
