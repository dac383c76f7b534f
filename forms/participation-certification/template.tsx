/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP接続に関する参加資格認定申込書: only for bodies outside categories ①–⑥,
 * before the participation review (002_0f100134b4811c0f.txt table 5-1 (0) and note 1).
 */
import type { ReactElement } from 'react';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { RepresentativeAndReachRows } from '../_parts/provider-rows.js';
import { ApplicationForm, BoundItem, boundRows, ContactRows, Note } from '../_parts/layout.js';

function ParticipationCertification(context: TemplateContext): ReactElement {
  const at = (path: string) => bindingAt(definition, path);
  const row = boundRows(definition, context);
  return (
    <ApplicationForm
      context={context}
      lead="総合行政ネットワークASPの登録及び接続を行いたいので、総合行政ネットワークASP接続に関する参加資格の認定を、次のとおり申し込みます。"
      notes={
        <Note>
          ※本申込みは、ASPガイドライン3.2.2(1)の①～⑥に該当しない団体のみ必要です（ASPガイドライン表5-1注1）。
        </Note>
      }
    >
      {row('provider.name')}
      {row('provider.nameKana')}
      {row('provider.category')}
      {row('provider.corporateNumber')}
      {row('provider.address')}
      <RepresentativeAndReachRows definition={definition} context={context} />
      {row('provider.businessSummary')}
      <BoundItem
        field={at('services.*.name')}
        context={context}
        lines={Math.max(2, context.workspace.services.length)}
      />
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => ParticipationCertification(context);
