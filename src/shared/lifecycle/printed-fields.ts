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
      if (ABOUT_THE_FILING.test(f.path)) continue;
      const key = `${f.each ?? ''}|${f.path}`;
      byPath.delete(key);
      byPath.set(key, { path: f.path, label: f.label, ...(f.each ? { each: f.each } : {}) });
    }
    fields = [...byPath.values()];
    cache.set(id, fields);
  }
  return fields;
}
