/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPホスティングサービス解除申込書: at least one month before the desired date, once
 * every user contract has ended (002_0f100134b4811c0f.txt §5.1.3(1)).
 */
import type { ReactElement } from 'react';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService } from '../../src/shared/documents/format.js';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import { ApplicationForm, boundRows, ContactRows, ItemRow, Note, YesNo } from '../_parts/layout.js';

function HostingCancellation(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ho = requireService(workspace, context.serviceId, ['HO']);
  const row = boundRows(definition, context, ho);
  return (
    <ApplicationForm
      context={context}
      lead="総合行政ネットワークASPホスティングサービスの接続の解除を、次のとおり申し込みます。"
      notes={
        <Note>
          ※解除希望日の1か月前までに提出してください。提出時点で、利用者との契約は解除されていなければなりません（ASPガイドライン5.1.3(1)）。
        </Note>
      }
    >
      {row('services.*.name')}
      {row('services.*.aspCode')}
      {row('services.*.cancellation.desiredDate')}
      {row('services.*.cancellation.reason')}
      <ItemRow label={bindingAt(definition, 'services.*.cancellation.userContractsEnded').label}>
        <YesNo
          value={ho.cancellation.userContractsEnded}
          yes="全ての利用契約を解除済み"
          no="解除していない契約がある"
        />
      </ItemRow>
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => HostingCancellation(context);
