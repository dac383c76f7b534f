import {
  changesSinceAccepted,
  type ChangeDocument,
  type FieldChange,
} from '../../../shared/lifecycle/changes.js';
import type { Workspace } from '../../../shared/model/workspace.js';
import { checkWorkspace, type CheckResult, type Finding } from './completeness.js';
import { focusPath } from './focus.js';
import { getAt, setAt } from './paths.js';
import { sectionForPath, type Section } from './sections.js';

/**
 * A failing rule must not take the editor down with it (the user would lose what they type): the
 * failure becomes one warning in the panel and everything else keeps working.
 */
const safeCheck = (ws: Workspace): CheckResult => {
  try {
    return checkWorkspace(ws);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      requiredDocuments: [],
      findings: [
        {
          ruleId: 'app.check-failed',
          severity: 'warning',
          message: `入力チェックを実行できませんでした（${reason}）。入力した内容は保存されています。アプリを再起動しても続く場合は、開発元に連絡してください。`,
          paths: [],
          documents: [],
          source: 'アプリ内部',
        },
      ],
    };
  }
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

/**
 * Changes since the last accepted filing (the 提出後の変更 page, the marks in the editors). The rules
 * engine computed them already for the required documents (memoised per workspace); a failure here
 * only hides the marks.
 */
const safeChanges = (ws: Workspace): ChangeDocument[] => {
  try {
    return changesSinceAccepted(ws);
  } catch {
    return [];
  }
};

const indexChanges = (changes: readonly ChangeDocument[]): Map<string, FieldChange> => {
  const map = new Map<string, FieldChange>();
  for (const d of changes) for (const c of d.changes) for (const p of c.paths) if (!map.has(p)) map.set(p, c);
  return map;
};

/**
 * The open workspace outside React: every edit is applied here, checked by the rules engine at
 * once, and only the components whose slice changed re-render (a keystroke in one field must
 * not re-render the whole editor — issue #5 asks ≤ 16 ms to the updated panel).
 */
export class EditorStore {
  workspace: Workspace;
  check: CheckResult;
  findingsByPath: ReadonlyMap<string, Finding[]>;
  changes: ChangeDocument[];
  changedByPath: ReadonlyMap<string, FieldChange>;
  touched: ReadonlySet<string> = new Set();
  section: Section = { page: 'provider' };
  private readonly listeners = new Set<() => void>();

  constructor(
    workspace: Workspace,
    readonly readOnly: boolean,
    /** Writes pending edits now (before main reads the stored copy to render or record it). */
    readonly flush: () => Promise<void>,
  ) {
    this.workspace = workspace;
    this.check = safeCheck(workspace);
    this.findingsByPath = indexFindings(this.check.findings);
    this.changes = safeChanges(workspace);
    this.changedByPath = indexChanges(this.changes);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  update = (recipe: (ws: Workspace) => Workspace): void => {
    if (this.readOnly) return;
    const next = recipe(this.workspace);
    if (next === this.workspace) return;
    this.workspace = next;
    this.check = safeCheck(next);
    this.findingsByPath = indexFindings(this.check.findings);
    this.changes = safeChanges(next);
    this.changedByPath = indexChanges(this.changes);
    this.emit();
  };

  /** Replaces the value at a data path (the one way fields write). */
  set = (path: string, value: unknown): void =>
    this.update((ws) => (getAt(ws, path) === value ? ws : setAt(ws, path, value)));

  /** Fields the user has left once: blank-field findings show there only after that. */
  touch = (path: string): void => {
    if (this.touched.has(path)) return;
    this.touched = new Set(this.touched).add(path);
    this.emit();
  };

  setSection = (section: Section): void => {
    this.section = section;
    this.emit();
  };

  /** Opens the page holding a path and focuses its control. */
  goTo = (path: string): void => {
    this.section = sectionForPath(path);
    this.touched = new Set(this.touched).add(path);
    this.emit();
    requestAnimationFrame(() => focusPath(path));
  };
}
