/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP登録及び接続申込等における代表者権限の委任状: needed when the applicant named on
 * the forms does not hold the representative's authority (002_0f100134b4811c0f.txt §5.1.1(1)).
 * 委任者 = the representative, 受任者 = the applicant.
 */
import type { ReactElement } from 'react';
import { Addressee, DateLine, KiMark, PartyBlock, REPRESENTATIVE_LABEL, Title } from '../_kit/index.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { bindingAt, printedText } from '../../src/shared/documents/printed-fields.js';
import type { FieldBinding } from '../../src/shared/documents/types.js';
import { definition } from './definition.js';
import { BoundGroup, BoundItem, FormDocument, FormTable, Note, Paragraph } from '../_parts/layout.js';

function Delegation(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const { applicant } = workspace;
  const at = (path: string) => bindingAt(definition, path);
  // The 委任者 block: the definition's head fields, in order after the date line.
  const head = definition.fields.filter((f) => f.part === 'head');
  const party = (field: FieldBinding | undefined, label: string | undefined) => ({
    label: label ?? '',
    value: field ? printedText(field, workspace) : '',
    field: field?.label ?? '',
  });
  return (
    <FormDocument context={context}>
      <DateLine date={applicant.delegation.date || context.date} />
      <Addressee />
      <PartyBlock
        heading="（委任者）"
        lines={[
          party(head[1], head[1]?.rowLabel),
          party(head[2], head[2]?.rowLabel),
          party(head[3], REPRESENTATIVE_LABEL),
        ]}
        seal={applicant.sealBox}
      />
      <Title>{context.title}</Title>
      <Paragraph>
        私は、次の者を代理人と定め、総合行政ネットワークASP登録及び接続申込等に関する下記の権限を委任します。
      </Paragraph>
      <KiMark />
      <FormTable>
        <BoundGroup
          label="受任者"
          fields={[
            at('provider.address'),
            at('applicant.person.department'),
            at('applicant.person.title'),
            at('applicant.person.name'),
          ]}
          context={context}
        />
        <BoundItem field={at('applicant.delegation.matters')} context={context} />
        <BoundItem field={at('applicant.delegation.date')} context={context} />
      </FormTable>
      <Note>
        ※申込者を代表者権限を有しない者の名義とする場合に、申込書に添えて提出します（ASPガイドライン5.1.1(1)）。
      </Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => Delegation(context);
