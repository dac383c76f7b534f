// Finding paths and field paths share one dotted syntax (rules engine contract): array items that
// carry an `id` (services, attachments) are addressed by that id, others by index, so a path stays
// valid when the user reorders services.

import { valueAt } from '../../../shared/rules/values.js';

type Node = unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const indexIn = (list: unknown[], segment: string): number => {
  const byId = list.findIndex((item) => isRecord(item) && item.id === segment);
  if (byId >= 0) return byId;
  return /^\d+$/.test(segment) ? Number(segment) : -1;
};

export const splitPath = (path: string): string[] => (path === '' ? [] : path.split('.'));

/** Reading is the rules engine's own (one grammar, one implementation); '' is the root. */
export const getAt = (root: Node, path: string): unknown => (path === '' ? root : valueAt(root, path));

const setIn = (node: unknown, segments: string[], value: unknown): unknown => {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (Array.isArray(node)) {
    const i = indexIn(node, head);
    if (i < 0) return node;
    const copy = node.slice();
    copy[i] = setIn(copy[i], rest, value);
    return copy;
  }
  const record = isRecord(node) ? node : {};
  return { ...record, [head]: setIn(record[head], rest, value) };
};

/** Immutable update of one value; objects along the path are copied, the rest is shared. */
export const setAt = <T>(root: T, path: string, value: unknown): T =>
  setIn(root, splitPath(path), value) as T;
