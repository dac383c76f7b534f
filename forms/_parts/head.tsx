/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The conventional head of an application form (date, addressee, applicant, title, lead sentence)
 * in the order of J-LIS application forms.
 */
import { View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import {
  Addressee,
  ApplicantBlock,
  DELEGATE_LABEL,
  REPRESENTATIVE_LABEL,
  DateLine,
  LeadSentence,
  Title,
} from '../_kit/index.js';
import { applicantBlockFields } from '../../src/shared/documents/common-fields.js';
import { printedText } from '../../src/shared/documents/printed-fields.js';
import type { TemplateContext } from './context.js';

/**
 * The applicant as the forms name it: the representative, or — with a 委任状 — the person the
 * representative delegated to (002_0f100134b4811c0f.txt §5.1.1(1)).
 */
function Applicant({ context, heading }: { context: TemplateContext; heading: string }): ReactElement {
  const { workspace } = context;
  const [address, name, representative, delegate] = applicantBlockFields.map((f) =>
    printedText(f, workspace),
  );
  return (
    <ApplicantBlock
      heading={heading}
      address={address ?? ''}
      name={name ?? ''}
      person={(workspace.applicant.isRepresentative ? representative : delegate) ?? ''}
      personLabel={workspace.applicant.isRepresentative ? REPRESENTATIVE_LABEL : DELEGATE_LABEL}
      seal={workspace.applicant.sealBox}
    />
  );
}

/**
 * Date, addressee, applicant, title and the sentence that introduces the table, in the order of
 * J-LIS application forms.
 */
export function FormHead({
  context,
  lead = '次のとおり申し込みます。',
  heading = '（申込者）',
}: {
  context: TemplateContext;
  lead?: string | null;
  heading?: string;
}): ReactElement {
  return (
    <View>
      <DateLine date={context.date} />
      <Addressee />
      <Applicant context={context} heading={heading} />
      <Title>{context.title}</Title>
      {lead ? <LeadSentence>{lead}</LeadSentence> : null}
    </View>
  );
}
