/**
 * What a form prints, read from its definition's field bindings: the text a binding prints as (the
 * same call for the template, the overflow check and the change list), and the workspace paths it
 * is made from.
 */
import type { Service, Workspace } from '../model/index.js';
import { valueAt } from '../rules/values.js';
import type { DocumentDefinition, FieldBinding } from './types.js';

export const SERVICE_PREFIX = 'services.*.';

/** A value as entered: text as it is, a number as digits, a list of text joined with 、. */
function asEntered(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('、');
  return '';
}

/** The text `binding` prints on this workspace (and service, for a per-service field). */
export function printedText(binding: FieldBinding, ws: Workspace, service?: Service): string {
  if (binding.print) return binding.print(ws, service);
  if (!binding.path.startsWith(SERVICE_PREFIX)) return asEntered(valueAt(ws, binding.path));
  return service ? asEntered(valueAt(service, binding.path.slice(SERVICE_PREFIX.length))) : '';
}

/**
 * The table row (or field) a template prints at `path`, not the head block's; a template asking
 * for an unlisted path is a bug in the form.
 */
export function bindingAt(
  definition: DocumentDefinition,
  path: string,
  each?: FieldBinding['each'],
): FieldBinding {
  const found = definition.fields.find((f) => f.path === path && f.part !== 'head' && f.each === each);
  if (!found)
    throw new Error(`書類「${definition.title}」の定義に項目 ${path} がありません（様式の不具合です）。`);
  return found;
}

/** The bindings under a dotted prefix, in definition order (e.g. the rows of one contact person). */
export function bindingsUnder(definition: DocumentDefinition, prefix: string): FieldBinding[] {
  return definition.fields.filter((f) => f.path.startsWith(`${prefix}.`) && f.part !== 'head');
}

/** One field a document prints, as the change list and the diff name it. */
export interface PrintedField {
  /** The field's own path (`services.*.name`: `*` per `each`). */
  path: string;
  /** Every workspace path the printed text is made from, `path` first. */
  reads: readonly string[];
  label: string;
  each?: 'hostedAp';
  /** The text as printed; `service` for `services.*` fields. */
  text: (ws: Workspace, service?: Service) => string;
}

/**
 * The printed fields of a document with their labels and the workspace paths they read — the API
 * for anything listing what a form prints (e.g. a change list between two submissions):
 * `printedFields(documentDefinition(id))`, then per field `label`, `reads` (the paths to compare)
 * and `text(ws, service)` (the text as printed; for `services.*` pass the instance's service, or
 * each hosted AP when `each === 'hostedAp'`). Head-block fields are included (`path` may repeat).
 */
export function printedFields(definition: DocumentDefinition): PrintedField[] {
  return definition.fields.map((binding) => ({
    path: binding.path,
    reads: [binding.path, ...(binding.reads ?? [])],
    label: binding.label,
    ...(binding.each ? { each: binding.each } : {}),
    text: (ws: Workspace, service?: Service) => printedText(binding, ws, service),
  }));
}
