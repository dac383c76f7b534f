/**
 * What a document prints, with the label it prints it under: the one place the life-cycle code
 * reads labels, so a change is named exactly as the form names it and no label is written twice.
 * Today the labels come from the definitions' `fields` (forms/<id>/definition.ts).
 */
import { documentDefinition } from '../../../forms/catalog.js';
import type { DocumentId } from '../documents/types.js';
import type { Service, Workspace } from '../model/index.js';

export interface PrintedField {
  /** Dotted from the workspace root; `services.*.<field>` on per-service and service-list fields. */
  path: string;
  label: string;
  /** Further paths printed in the same row (workspace-wide rows compare them with the value). */
  reads?: readonly string[];
  /** The binding's own text of the row (`service`: the instance, or each hosted AP): compared as the form prints it. */
  print?: (ws: Workspace, service: Service | undefined) => string;
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
      // What a row prints beside its value (a name's reading, the FAX beside the phone) is content
      // too: compared with it, in the same row.
      const reads = (f.reads ?? []).filter((r) => !ABOUT_THE_FILING.test(r) && !NOT_CONTENT.test(r));
      byPath.set(key, {
        path: f.path,
        label: f.label,
        ...(f.each ? { each: f.each } : {}),
        ...(reads.length > 0 ? { reads } : {}),
        ...(f.print ? { print: f.print } : {}),
      });
    }
    fields = [...byPath.values()];
    cache.set(id, fields);
  }
  return fields;
}
