/**
 * Which required documents print which workspace values, from the document definitions
 * (forms/<id>/definition.ts). Requiredness is derived from this: a value is missing only when a
 * document this workspace needs prints it, and the finding names those documents.
 */
import type { Workspace } from '../model/index.js';
import { documentDefinition } from '../documents/index.js';
import { SERVICE_PREFIX } from '../documents/printed-fields.js';
import type { DocumentId, FieldBinding, FieldBox, RequiredDocument } from '../documents/types.js';

/** A field a form prints in a box; `path` is relative to the service for service fields. */
export interface BoxedField {
  path: string;
  segments: string[];
  label: string;
  box: FieldBox;
  /** Memo key of the box. */
  boxKey: string;
  /** The binding, whose print formatter gives the text the form sets in the box. */
  binding: FieldBinding;
}

export interface BoxedFields {
  workspace: BoxedField[];
  /** Fields of the instance's service (or of every service, on a workspace-wide form). */
  service: BoxedField[];
  /** Fields of each AP service the hosting instance carries. */
  hostedAp: BoxedField[];
}

const boxedCache = new Map<DocumentId, BoxedFields>();

/** The boxed fields of a document, split by what they belong to; built once per document id. */
export function boxedFields(id: DocumentId): BoxedFields {
  let fields = boxedCache.get(id);
  if (!fields) {
    fields = { workspace: [], service: [], hostedAp: [] };
    for (const f of documentDefinition(id).fields) {
      if (!f.box) continue;
      const service = f.path.startsWith(SERVICE_PREFIX);
      const path = service ? f.path.slice(SERVICE_PREFIX.length) : f.path;
      const entry: BoxedField = {
        path,
        segments: path.split('.'),
        label: f.label,
        box: f.box,
        boxKey: `${f.box.widthMm}|${f.box.fontSizePt}|${f.box.maxLines}|${f.box.minFontSizePt ?? ''}`,
        binding: f,
      };
      (!service ? fields.workspace : f.each === 'hostedAp' ? fields.hostedAp : fields.service).push(entry);
    }
    boxedCache.set(id, fields);
  }
  return fields;
}

export interface FieldUsage {
  /** Documents printing the value at `path` or a value containing it (`provider.address` ⊃ `.postalCode`). */
  usedBy(path: string): DocumentId[];
}

/**
 * AP services each hosting service carries: its hostedApIds, the list the connection application
 * prints (forms/hosting-connection/template.tsx) and the fee estimate counts.
 */
export function hostedApIndex(ws: Workspace): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const s of ws.services) if (s.kind === 'HO') index.set(s.id, [...new Set(s.hostedApIds)]);
  return index;
}

/** A definition's fields split by what `*` stands for; built once per document id. */
interface FieldIndex {
  workspace: Map<string, FieldBinding>;
  /** `services.*.<rest>` where `*` is the instance's service (or every service, for a workspace form). */
  service: Map<string, FieldBinding>;
  /** `services.*.<rest>` where `*` is each AP the hosting instance carries. */
  hostedAp: Map<string, FieldBinding>;
}

const indexes = new Map<DocumentId, FieldIndex>();

function fieldIndex(id: DocumentId): FieldIndex {
  let index = indexes.get(id);
  if (!index) {
    index = { workspace: new Map(), service: new Map(), hostedAp: new Map() };
    for (const field of documentDefinition(id).fields) {
      // A printed text made from several values (a name with its reading) uses each of them.
      for (const path of [field.path, ...(field.reads ?? [])]) {
        if (!path.startsWith(SERVICE_PREFIX)) index.workspace.set(path, field);
        else {
          const rest = path.slice(SERVICE_PREFIX.length);
          (field.each === 'hostedAp' ? index.hostedAp : index.service).set(rest, field);
        }
      }
    }
    indexes.set(id, index);
  }
  return index;
}

const isAid = (id: DocumentId): boolean => documentDefinition(id).kind === 'aid';

/** True when the map holds `path` or one of its dotted prefixes. */
function coversPath(map: ReadonlyMap<string, unknown>, path: string): boolean {
  let end = path.length;
  while (end > 0) {
    if (map.has(end === path.length ? path : path.slice(0, end))) return true;
    end = path.lastIndexOf('.', end - 1);
  }
  return false;
}

export function buildFieldUsage(
  ws: Workspace,
  required: readonly RequiredDocument[],
  hostedAps: ReadonlyMap<string, string[]>,
): FieldUsage {
  const workspaceDocs: DocumentId[] = [];
  const allDocs: DocumentId[] = [];
  const byService = new Map<string, DocumentId[]>();
  for (const d of required) {
    if (!allDocs.includes(d.id)) allDocs.push(d.id);
    if (d.serviceId === undefined) {
      if (!workspaceDocs.includes(d.id)) workspaceDocs.push(d.id);
      continue;
    }
    const list = byService.get(d.serviceId) ?? [];
    if (!list.includes(d.id)) list.push(d.id);
    byService.set(d.serviceId, list);
  }
  const carriers = new Map<string, string[]>();
  for (const [hoId, apIds] of hostedAps) {
    for (const apId of apIds) carriers.set(apId, [...(carriers.get(apId) ?? []), hoId]);
  }

  const memo = new Map<string, DocumentId[]>();
  const usedBy = (path: string): DocumentId[] => {
    const known = memo.get(path);
    if (known) return known;
    // J-LIS forms first: the completeness panel files a finding under its first document.
    const found = resolve(path).sort((a, b) => Number(isAid(a)) - Number(isAid(b)));
    memo.set(path, found);
    return found;
  };
  const resolve = (path: string): DocumentId[] => {
    const found: DocumentId[] = [];
    const add = (id: DocumentId) => {
      if (!found.includes(id)) found.push(id);
    };
    if (path.startsWith('services.')) {
      const dot = path.indexOf('.', 'services.'.length);
      if (dot < 0) return found;
      const serviceId = path.slice('services.'.length, dot);
      const rest = path.slice(dot + 1);
      for (const id of byService.get(serviceId) ?? []) if (coversPath(fieldIndex(id).service, rest)) add(id);
      for (const id of workspaceDocs) if (coversPath(fieldIndex(id).service, rest)) add(id);
      for (const hoId of carriers.get(serviceId) ?? [])
        for (const id of byService.get(hoId) ?? []) if (coversPath(fieldIndex(id).hostedAp, rest)) add(id);
      return found;
    }
    for (const id of allDocs) if (coversPath(fieldIndex(id).workspace, path)) add(id);
    return found;
  };

  return { usedBy };
}
