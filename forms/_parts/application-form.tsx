/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The shape most J-LIS application forms share: the conventional head with its lead sentence, one
 * ruled table, and the notes under it.
 */
import type { ReactElement, ReactNode } from 'react';
import type { TemplateContext } from './context.js';
import { FormDocument } from './document.js';
import { FormHead } from './head.js';
import { FormTable } from './rows.js';

export function ApplicationForm({
  context,
  lead,
  notes,
  children,
}: {
  context: TemplateContext;
  /** The sentence that introduces the table; FormHead's own when absent. */
  lead?: string;
  notes?: ReactNode;
  children: ReactNode;
}): ReactElement {
  return (
    <FormDocument context={context}>
      <FormHead context={context} {...(lead === undefined ? {} : { lead })} />
      <FormTable>{children}</FormTable>
      {notes}
    </FormDocument>
  );
}
