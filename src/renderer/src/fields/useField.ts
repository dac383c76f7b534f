import { useRef } from 'react';
import type { FieldChange } from '../../../shared/lifecycle/changes.js';
import { requiredPaths, type Finding } from '../state/completeness.js';
import { getAt } from '../state/paths.js';
import { useEditor, useEditorState } from '../state/WorkspaceContext.js';

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export interface FieldBinding<T> {
  value: T;
  set: (value: T) => void;
  onBlur: () => void;
  /** The first error for this path, shown at the field. */
  error: string | undefined;
  warnings: Finding[];
  /** Corrected values the rules engine offers for this field (半角カナ → 全角, formats …). */
  fixes: string[];
  readOnly: boolean;
  /** A value a needed document prints and cannot do without (the field.required rule's list). */
  required: boolean;
  /** Changed since J-LIS last accepted a filing that prints it: what it was then. */
  changed: FieldChange | undefined;
}

interface Slice {
  value: unknown;
  findings: Finding[];
  required: boolean;
  changed: FieldChange | undefined;
}

const NONE: Finding[] = [];
const sameFindings = (a: Finding[], b: Finding[]) =>
  a === b ||
  (a.length === b.length &&
    a.every(
      (f, i) => f.ruleId === b[i]?.ruleId && f.message === b[i].message && f.severity === b[i].severity,
    ));

/**
 * Binds a control to a data path. Messages come from the rules engine, which runs on every
 * keystroke; a blank field's "required" finding waits until the user has changed the field and
 * left it, so a new workspace does not open as a wall of red and tabbing past a field does not
 * turn it red (the panel lists it all along). Re-renders only when this path's value or findings
 * change.
 */
export const useField = <T>(path: string): FieldBinding<T> => {
  const store = useEditor();
  const edited = useRef(false);
  const slice = useEditorState<Slice>(
    (s) => {
      const value = getAt(s.workspace, path);
      const shown = s.touched.has(path) || !isBlank(value);
      return {
        value,
        findings: shown ? (s.findingsByPath.get(path) ?? NONE) : NONE,
        required: requiredPaths(s.workspace, s.check.requiredDocuments).has(path),
        changed: s.changedByPath.get(path),
      };
    },
    (a, b) =>
      Object.is(a.value, b.value) &&
      a.required === b.required &&
      sameFindings(a.findings, b.findings) &&
      a.changed?.before === b.changed?.before &&
      a.changed?.after === b.changed?.after,
  );
  return {
    value: slice.value as T,
    set: (next: T) => {
      edited.current = true;
      store.set(path, next);
    },
    onBlur: () => {
      if (edited.current) store.touch(path);
    },
    error: slice.findings.find((f) => f.severity === 'error')?.message,
    warnings: slice.findings.filter((f) => f.severity !== 'error'),
    fixes: [...new Set(slice.findings.flatMap((f) => (f.fix && f.fix.path === path ? [f.fix.value] : [])))],
    readOnly: store.readOnly,
    required: slice.required,
    changed: slice.changed,
  };
};
