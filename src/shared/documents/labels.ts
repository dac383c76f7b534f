/**
 * A field's name as a form prints it, for screens that ask for the same value (the label is typed
 * once, in the form's binding).
 */
import { documentDefinition, type DocumentId } from './index.js';
import { bindingAt } from './printed-fields.js';

export const printedLabel = (id: DocumentId, path: string): string =>
  bindingAt(documentDefinition(id), path).label;
