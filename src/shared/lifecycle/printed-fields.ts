/**
 * What a document prints, with the label it prints it under: the one place the life-cycle code
 * reads labels, so a change is named exactly as the form names it and no label is written twice.
 * Today the labels come from the definitions' `fields` (forms/<id>/definition.ts).
 */
import { documentDefinition } from '../../../forms/catalog.js';
import type { DocumentId } from '../documents/types.js';

export interface PrintedField {
  /** Dotted from the workspace root; `services.*.<field>` on per-service and service-list fields. */
  path: string;
  label: string;
  /** `*` stands for each AP service the hosting instance carries. */
  each?: 'hostedAp';
}

/**
 * Values about the filing itself (申込区分, 変更日, 解除の理由…) are what a change notice says, not
 * content whose change must be notified.
 */
const ABOUT_THE_FILING = /^procedure\./;

/**
 * Lists the diff compares entry by entry under each entry's own labels: the hosting's AP services
 * are each diffed as a hosted AP (an added one is 「AP サービス名称（追加）」), so the id list itself
 * is no change line of its own.
 */
const COMPARED_BY_ENTRY = new Set(['services.*.hostedApIds']);

/**
 * Reads that decide how a value is printed, not what: which kind or instance, what J-LIS assigned
 * (the ASPコード), the record itself.
 */
const NOT_CONTENT = /^(filings$|services\.\*\.(id|kind|status|aspCode)$|applicant\.isRepresentative$)/;

const cache = new Map<DocumentId, PrintedField[]>();

/**
 * The fields of a document whose change J-LIS must be told of. A path printed twice (the applicant
 * block repeats the provider's name and address) is listed once, under its last, most specific label.
 */
export function printedFields(id: DocumentId): PrintedField[] {
  let fields = cache.get(id);
  if (!fields) {
    const byPath = new Map<string, PrintedField>();
    for (const f of documentDefinition(id).fields) {
      if (ABOUT_THE_FILING.test(f.path) || COMPARED_BY_ENTRY.has(f.path)) continue;
      const key = `${f.each ?? ''}|${f.path}`;
      byPath.delete(key);
      byPath.set(key, { path: f.path, label: f.label, ...(f.each ? { each: f.each } : {}) });
    }
    // What a binding prints beside its own value (a name's reading, the FAX beside the phone) is
    // printed content too: its change is named by the binding that prints it.
    for (const f of documentDefinition(id).fields) {
      for (const read of f.reads ?? []) {
        if (ABOUT_THE_FILING.test(read) || NOT_CONTENT.test(read)) continue;
        const covered = [...byPath.values()].some(
          (p) => (p.each ?? '') === (f.each ?? '') && (read === p.path || read.startsWith(`${p.path}.`)),
        );
        if (!covered)
          byPath.set(`${f.each ?? ''}|${read}`, {
            path: read,
            label: f.label,
            ...(f.each ? { each: f.each } : {}),
          });
      }
    }
    fields = [...byPath.values()];
    cache.set(id, fields);
  }
  return fields;
}
