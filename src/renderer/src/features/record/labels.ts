import { documentDefinition } from '../../../../../forms/catalog.js';
import type { DocumentId } from '../../../../shared/documents/types.js';

/** A field's label as its document prints it (forms/<id>/definition.ts `fields`): never written twice. */
export const printedLabel = (id: DocumentId, path: string): string =>
  documentDefinition(id).fields.find((f) => f.path === path)?.label ?? path;
