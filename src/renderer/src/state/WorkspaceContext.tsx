import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Workspace } from '../../../shared/model/workspace.js';
import { checkWorkspace, type CheckResult, type Finding } from './completeness.js';
import { getAt, setAt } from './paths.js';
import { focusPath } from './focus.js';
import { sectionForPath, type Section } from './sections.js';

export interface WorkspaceState {
  workspace: Workspace;
  readOnly: boolean;
  check: CheckResult;
  findingsByPath: ReadonlyMap<string, Finding[]>;
  section: Section;
  setSection: (section: Section) => void;
  /** Replaces the value at a data path (the one way editors write). */
  set: (path: string, value: unknown) => void;
  update: (recipe: (ws: Workspace) => Workspace) => void;
  /** Fields the user has left at least once: blank-field findings show there only after that. */
  touched: ReadonlySet<string>;
  touch: (path: string) => void;
  /** Opens the page holding a path and focuses its control. */
  goTo: (path: string) => void;
  /** Writes pending edits now (before main reads the stored copy to render or record it). */
  flush: () => Promise<void>;
}

const Ctx = createContext<WorkspaceState | null>(null);

export const useWorkspace = (): WorkspaceState => {
  const value = useContext(Ctx);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
};

const indexFindings = (findings: readonly Finding[]): Map<string, Finding[]> => {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const path of finding.paths) {
      const list = map.get(path) ?? [];
      list.push(finding);
      map.set(path, list);
    }
  }
  return map;
};

interface Props {
  workspace: Workspace;
  readOnly: boolean;
  onChange: (next: Workspace) => void;
  flush: () => Promise<void>;
  children: ReactNode;
}

export const WorkspaceProvider = ({ workspace, readOnly, onChange, flush, children }: Props) => {
  const [section, setSection] = useState<Section>({ page: 'provider' });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // Edits may arrive faster than React re-renders (typing, paste); each applies to the latest copy.
  const latest = useRef(workspace);
  latest.current = workspace;

  const update = useCallback(
    (recipe: (ws: Workspace) => Workspace) => {
      if (readOnly) return;
      const next = recipe(latest.current);
      latest.current = next;
      onChange(next);
    },
    [onChange, readOnly],
  );
  const set = useCallback(
    (path: string, value: unknown) =>
      update((ws) => (getAt(ws, path) === value ? ws : setAt(ws, path, value))),
    [update],
  );
  const touch = useCallback(
    (path: string) => setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path))),
    [],
  );
  const goTo = useCallback((path: string) => {
    setSection(sectionForPath(path));
    setTouched((prev) => new Set(prev).add(path));
    requestAnimationFrame(() => focusPath(path));
  }, []);

  const check = useMemo(() => checkWorkspace(workspace), [workspace]);
  const findingsByPath = useMemo(() => indexFindings(check.findings), [check]);

  const value = useMemo<WorkspaceState>(
    () => ({
      workspace,
      readOnly,
      check,
      findingsByPath,
      section,
      setSection,
      set,
      update,
      touched,
      touch,
      goTo,
      flush,
    }),
    [workspace, readOnly, check, findingsByPath, section, set, update, touched, touch, goTo, flush],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
};
