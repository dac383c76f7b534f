import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Workspace } from '../../../shared/model/workspace.js';
import type { CheckResult, Finding } from './completeness.js';
import type { EditorStore } from './editorStore.js';
import type { Section } from './sections.js';

const Ctx = createContext<EditorStore | null>(null);

export const WorkspaceProvider = ({ store, children }: { store: EditorStore; children: ReactNode }) => (
  <Ctx.Provider value={store}>{children}</Ctx.Provider>
);

/** The store itself: actions (set, update, goTo …) without subscribing to changes. */
export const useEditor = (): EditorStore => {
  const store = useContext(Ctx);
  if (!store) throw new Error('useEditor outside WorkspaceProvider');
  return store;
};

/** A slice of the editor state; the component re-renders only when the slice changes. */
export const useEditorState = <T,>(
  select: (store: EditorStore) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T => {
  const store = useEditor();
  const cache = useRef<{ value: T } | null>(null);
  const snapshot = (): T => {
    const next = select(store);
    if (cache.current && equal(cache.current.value, next)) return cache.current.value;
    cache.current = { value: next };
    return next;
  };
  return useSyncExternalStore(store.subscribe, snapshot);
};

export interface WorkspaceState {
  workspace: Workspace;
  readOnly: boolean;
  check: CheckResult;
  findingsByPath: ReadonlyMap<string, Finding[]>;
  section: Section;
  touched: ReadonlySet<string>;
  setSection: EditorStore['setSection'];
  set: EditorStore['set'];
  update: EditorStore['update'];
  touch: EditorStore['touch'];
  goTo: EditorStore['goTo'];
  flush: EditorStore['flush'];
}

/**
 * Everything at once, re-rendering on every change: for pages and panels that show much of the
 * workspace. Leaf fields use `useField`, which subscribes to their own path only.
 */
export const useWorkspace = (): WorkspaceState => {
  const store = useEditor();
  // The workspace, check, section and touched set are replaced (never mutated) on change.
  useEditorState((s) => s.workspace);
  useEditorState((s) => s.section);
  useEditorState((s) => s.touched);
  return {
    workspace: store.workspace,
    readOnly: store.readOnly,
    check: store.check,
    findingsByPath: store.findingsByPath,
    section: store.section,
    touched: store.touched,
    setSection: store.setSection,
    set: store.set,
    update: store.update,
    touch: store.touch,
    goTo: store.goTo,
    flush: store.flush,
  };
};
