/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Rows printed from the definition's field bindings: label, box lines and text all come from the
 * binding, so the screen, the check and the printed form agree.
 */
import type { ReactElement } from 'react';
import type { Attachment, Service } from '../../src/shared/model/index.js';
import { attachmentTitle } from '../../src/shared/documents/format.js';
import { bindingAt, bindingsUnder, printedText } from '../../src/shared/documents/printed-fields.js';
import type { DocumentDefinition, FieldBinding } from '../../src/shared/documents/types.js';
import type { TemplateContext } from './context.js';
import { GroupRows, SubItem, TextItem } from './rows.js';

/** Where a bound row reads its value: the workspace, and the service for `services.*` fields. */
export interface BoundSource {
  context: TemplateContext;
  service?: Service;
}

const linesOf = (field: FieldBinding): number => field.box?.maxLines ?? 1;

/**
 * Prints the row of `definition`'s binding at a path; on a per-service form the binding reads the
 * service.
 */
export const boundRows =
  (definition: DocumentDefinition, context: TemplateContext, service?: Service) =>
  (path: string): ReactElement => (
    <BoundItem field={bindingAt(definition, path)} context={context} {...(service ? { service } : {})} />
  );

/** A row of the ruled table printed from its binding: label, box lines and text from the definition. */
export function BoundItem({
  field,
  context,
  service,
  lines,
}: BoundSource & { field: FieldBinding; lines?: number }): ReactElement {
  return (
    <TextItem
      label={field.rowLabel ?? field.label}
      field={field.label}
      value={printedText(field, context.workspace, service)}
      lines={lines ?? linesOf(field)}
    />
  );
}

/** A row inside GroupRows printed from its binding. */
export function BoundSubItem({
  field,
  context,
  service,
}: BoundSource & { field: FieldBinding }): ReactElement {
  return (
    <SubItem
      label={field.rowLabel ?? field.label}
      field={field.label}
      value={printedText(field, context.workspace, service)}
      lines={linesOf(field)}
    />
  );
}

/** A group of rows (a contact person, 代表者) printed from its bindings in definition order. */
export function BoundGroup({
  label,
  fields,
  context,
  service,
}: BoundSource & { label: string; fields: readonly FieldBinding[] }): ReactElement {
  return (
    <GroupRows label={label}>
      {fields.map((f) => (
        <BoundSubItem key={f.path} field={f} context={context} {...(service ? { service } : {})} />
      ))}
    </GroupRows>
  );
}

/** A contact person's five rows from the definition's contact bindings under `path`. */
export function ContactRows({
  label,
  path,
  definition,
  context,
}: {
  label: string;
  path: string;
  definition: DocumentDefinition;
  context: TemplateContext;
}): ReactElement {
  return <BoundGroup label={label} fields={bindingsUnder(definition, path)} context={context} />;
}

/** The row listing the attachments the form encloses by title, `linesEach` box lines for each. */
export function EnclosedRow({
  definition,
  attachments,
  linesEach = 1,
}: {
  definition: DocumentDefinition;
  attachments: readonly Attachment[];
  linesEach?: number;
}): ReactElement {
  const listed = bindingAt(definition, 'attachments');
  return (
    <TextItem
      label={listed.rowLabel ?? listed.label}
      field={listed.label}
      value={attachments.map((a) => attachmentTitle(a)).join('\n')}
      lines={Math.max(1, attachments.length * linesEach)}
    />
  );
}
