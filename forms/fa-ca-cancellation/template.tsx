/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPファシリティサービス又は通信サービス解除申込書: at least one month before the
 * desired date (002_0f100134b4811c0f.txt §5.1.4(1)).
 */
import type { ReactElement } from 'react';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService } from '../../src/shared/documents/format.js';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import { ApplicationForm, boundRows, Choices, ContactRows, ItemRow, Note } from '../_parts/layout.js';

function FaCaCancellation(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const service = requireService(workspace, context.serviceId, ['FA', 'CA']);
  const row = boundRows(definition, context, service);
  return (
    <ApplicationForm
      context={context}
      lead="総合行政ネットワークASPに登録したサービスの登録の解除を、次のとおり申し込みます。"
      notes={<Note>※解除希望日の1か月前までに提出してください（ASPガイドライン5.1.4(1)）。</Note>}
    >
      <ItemRow label={bindingAt(definition, 'services.*.kind').label}>
        <Choices options={{ FA: 'ファシリティサービス', CA: '通信サービス' }} selected={[service.kind]} />
      </ItemRow>
      {row('services.*.name')}
      {row('services.*.aspCode')}
      {row('services.*.cancellation.desiredDate')}
      {row('services.*.cancellation.reason')}
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => FaCaCancellation(context);
