/**
 * One pass over the typed text of a workspace for characters that will not come out right, shared
 * by the 外字 and 機種依存文字 rules. Results are kept per object: the editor replaces only the
 * objects along the edited path, so an unchanged service is not scanned again.
 */
import type { Workspace } from '../model/index.js';
import { findUnprintable, type UnprintableChar } from '../text/font-data.js';
import { findMachineDependent, type MachineDependentChar } from '../validation/machine-dependent.js';

export interface TextIssue {
  /** Finding path (services and attachments by id). */
  path: string;
  text: string;
  unprintable: UnprintableChar[];
  machineDependent: MachineDependentChar[];
  halfwidthKana: boolean;
}

// Values the user does not type, or that never reach paper as text.
const SKIP_KEYS = new Set([
  'id',
  'kind',
  'status',
  'format',
  'formatVersion',
  'createdAt',
  'updatedAt',
  'addedAt',
  'file',
  'print',
  'submissions',
  'serviceId',
  'hostedApIds',
  'mode',
  'services',
  'attachments',
]);

const ASCII_ONLY = /^[\x20-\x7e]*$/;
const MAYBE_MACHINE_DEPENDENT = /[\u2116\u2121\u2160-\u217f\u2460-\u24ff\u2776-\u2793\u3220-\u33ff]/;

interface RelativeIssue {
  segments: string[];
  text: string;
  unprintable: UnprintableChar[];
  machineDependent: MachineDependentChar[];
  halfwidthKana: boolean;
}

const HALFWIDTH_KANA = /[\uFF61-\uFF9F]/;

const cache = new WeakMap<object, RelativeIssue[]>();

function scan(root: object): RelativeIssue[] {
  const cached = cache.get(root);
  if (cached) return cached;
  const found: RelativeIssue[] = [];
  const stack: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node === '' || ASCII_ONLY.test(node)) return;
      const unprintable = findUnprintable(node);
      const machineDependent = MAYBE_MACHINE_DEPENDENT.test(node) ? findMachineDependent(node) : [];
      const halfwidthKana = HALFWIDTH_KANA.test(node);
      if (unprintable.length > 0 || machineDependent.length > 0 || halfwidthKana)
        found.push({ segments: [...stack], text: node, unprintable, machineDependent, halfwidthKana });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item: unknown, i) => {
        const id = typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined;
        stack.push(typeof id === 'string' ? id : String(i));
        walk(item);
        stack.pop();
      });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (SKIP_KEYS.has(key)) continue;
      stack.push(key);
      walk(value);
      stack.pop();
    }
  };
  walk(root);
  cache.set(root, found);
  return found;
}

export function scanWorkspaceText(ws: Workspace): TextIssue[] {
  const out: TextIssue[] = [];
  const add = (prefix: string, issues: RelativeIssue[]) => {
    for (const i of issues)
      out.push({
        path: [prefix, ...i.segments].filter((s) => s !== '').join('.'),
        text: i.text,
        unprintable: i.unprintable,
        machineDependent: i.machineDependent,
        halfwidthKana: i.halfwidthKana,
      });
  };
  add('', scan(ws));
  for (const s of ws.services) add(`services.${s.id}`, scan(s));
  for (const a of ws.attachments) add(`attachments.${a.id}`, scan(a));
  return out;
}
