/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The rows every service registration form (hosting, facility, communication) opens with, so the
 * three forms name their service the same way; labels and text from the form's bindings.
 */
import type { ReactElement } from 'react';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import type { DocumentDefinition } from '../../src/shared/documents/types.js';
import type { Service } from '../../src/shared/model/index.js';
import type { TemplateContext } from './context.js';
import { BoundItem } from './bound-rows.js';
import { Choices, YesNo } from './choices.js';
import { ItemRow } from './rows.js';

/** 申込区分: 新規 until the service is registered, then 変更. */
export function ApplicationKindRow({
  service,
  definition,
}: {
  service: Pick<Service, 'status'>;
  definition: DocumentDefinition;
}): ReactElement {
  const field = bindingAt(definition, 'services.*.status');
  return (
    <ItemRow label={field.rowLabel ?? field.label}>
      <Choices
        options={{ planned: '新規', registered: '変更' }}
        selected={[service.status === 'registered' ? 'registered' : 'planned']}
      />
    </ItemRow>
  );
}

/**
 * サービス名称, the ASPコード once J-LIS has assigned one, サービス概要, and the 掲載可否 every kind's
 * application chooses (000/001 サービスリストへの掲載方法); labels from serviceKindFields.
 */
export function ServiceNameRows({
  service,
  definition,
  context,
}: {
  service: Service;
  definition: DocumentDefinition;
  context: TemplateContext;
}): ReactElement {
  const publish = bindingAt(definition, 'services.*.publishConsent');
  const row = (path: string) => (
    <BoundItem field={bindingAt(definition, path)} context={context} service={service} />
  );
  return (
    <>
      {row('services.*.name')}
      {service.aspCode ? row('services.*.aspCode') : null}
      {row('services.*.overview')}
      <ItemRow label={publish.rowLabel ?? publish.label}>
        <YesNo value={service.publishConsent} yes="掲載可" no="掲載不可" />
      </ItemRow>
    </>
  );
}
