/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The provider rows the participation forms (review and certification) print alike, from the
 * form's bindings (representativeAndReachFields).
 */
import type { ReactElement } from 'react';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import type { DocumentDefinition } from '../../src/shared/documents/types.js';
import type { TemplateContext } from './context.js';
import { BoundGroup, BoundItem } from './bound-rows.js';

/** 代表者 (役職, 氏名), then 電話番号・FAX and URL. */
export function RepresentativeAndReachRows({
  definition,
  context,
}: {
  definition: DocumentDefinition;
  context: TemplateContext;
}): ReactElement {
  const at = (path: string) => bindingAt(definition, path);
  return (
    <>
      <BoundGroup
        label="代表者"
        fields={[at('provider.representative.title'), at('provider.representative.name')]}
        context={context}
      />
      <BoundItem field={at('provider.phone')} context={context} />
      <BoundItem field={at('provider.url')} context={context} />
    </>
  );
}
