import type { Finding } from '../state/completeness.js';
import { getAt } from '../state/paths.js';
import { useWorkspace } from '../state/WorkspaceContext.js';

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export interface FieldBinding<T> {
  value: T;
  set: (value: T) => void;
  onBlur: () => void;
  /** The first error for this path, shown at the field. */
  error: string | undefined;
  warnings: Finding[];
  readOnly: boolean;
}

/**
 * Binds a control to a data path. Messages come from the rules engine, which runs on every
 * keystroke; a blank field's "required" finding waits until the user has left the field, so a new
 * workspace does not open as a wall of red.
 */
export const useField = <T>(path: string): FieldBinding<T> => {
  const { workspace, findingsByPath, touched, set, touch, readOnly } = useWorkspace();
  const value = getAt(workspace, path) as T;
  const visible = touched.has(path) || !isBlank(value) ? (findingsByPath.get(path) ?? []) : [];
  return {
    value,
    set: (next: T) => set(path, next),
    onBlur: () => touch(path),
    error: visible.find((f) => f.severity === 'error')?.message,
    warnings: visible.filter((f) => f.severity !== 'error'),
    readOnly,
  };
};
