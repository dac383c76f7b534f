/**
 * Which required documents print which workspace values, from the document definitions
 * (forms/<id>/definition.ts). Requiredness is derived from this: a value is missing only when a
 * document this workspace needs prints it, and the finding names those documents.
 */
import type { Workspace } from '../model/index.js';
import { documentDefinition } from '../documents/index.js';
import type { DocumentId, FieldBox, RequiredDocument } from '../documents/types.js';

export interface PrintedField {
  /** Concrete path (`services.<id>.name`). */
  path: string;
  label: string;
  document: DocumentId;
  box?: FieldBox;
}

export interface FieldUsage {
  /** Documents printing the value at `path` or a value containing it (`provider.address` ⊃ `.postalCode`). */
  usedBy(path: string): DocumentId[];
  /** Every printed field that has a box, once per document instance. */
  boxed: PrintedField[];
}

/** AP services a hosting service carries: its hostedApIds, and APs that name it as their hosting. */
export function hostedApIds(ws: Workspace, hoId: string): string[] {
  const ids = new Set<string>();
  for (const s of ws.services) {
    if (s.kind === 'HO' && s.id === hoId) for (const id of s.hostedApIds) ids.add(id);
    if (s.kind === 'AP' && s.hosting.mode === 'internal' && s.hosting.serviceId === hoId) ids.add(s.id);
  }
  return [...ids];
}

export function buildFieldUsage(ws: Workspace, required: readonly RequiredDocument[]): FieldUsage {
  const byPath = new Map<string, DocumentId[]>();
  const boxed: PrintedField[] = [];
  const hostedCache = new Map<string, string[]>();
  const hosted = (hoId: string): string[] => {
    let ids = hostedCache.get(hoId);
    if (!ids) {
      ids = hostedApIds(ws, hoId);
      hostedCache.set(hoId, ids);
    }
    return ids;
  };
  const add = (path: string, label: string, document: DocumentId, box: FieldBox | undefined) => {
    const list = byPath.get(path);
    if (!list) byPath.set(path, [document]);
    else if (!list.includes(document)) list.push(document);
    if (box) boxed.push({ path, label, document, box });
  };
  for (const instance of required) {
    for (const field of documentDefinition(instance.id).fields) {
      if (!field.path.startsWith('services.*.')) {
        add(field.path, field.label, instance.id, field.box);
        continue;
      }
      const rest = field.path.slice('services.*.'.length);
      const ids =
        field.each === 'hostedAp'
          ? instance.serviceId === undefined
            ? []
            : hosted(instance.serviceId)
          : instance.serviceId !== undefined
            ? [instance.serviceId]
            : ws.services.map((s) => s.id);
      for (const id of ids) add(`services.${id}.${rest}`, field.label, instance.id, field.box);
    }
  }
  const usedBy = (path: string): DocumentId[] => {
    let found: DocumentId[] = [];
    let end = path.length;
    for (;;) {
      const docs = byPath.get(path.slice(0, end));
      if (docs) found = found.length === 0 ? docs : [...new Set([...found, ...docs])];
      end = path.lastIndexOf('.', end - 1);
      if (end <= 0) return found;
    }
  };
  return { usedBy, boxed };
}
