/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワーク非公開文書の開示申込書: after the participation review is accepted, providers
 * of every kind obtain the non-public documents (001_5b371a93b315b6e8.txt 非公開文書; 002_0f100134b4811c0f.txt
 * §5.1.1(1) and its list of 提供規程等, where ③④⑥ are marked 非公開).
 */
import type { ReactElement } from 'react';
import { CheckBox } from '../_kit/index.js';
import { applyingServices, definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import { ApplicationForm, BoundItem, ContactRows, ItemRow, Note, YesNo } from '../_parts/layout.js';

/** 002 §5.1.1(1): the documents disclosed once participation is accepted. */
const DOCUMENTS = [
  '③ 総合行政ネットワークASP接続技術仕様書',
  '④ 総合行政ネットワークASP接続手引書',
  '⑥ LGWAN接続ルータ調達のための仕様書',
] as const;

function NonpublicDisclosure(context: TemplateContext): ReactElement {
  const { procedure } = context.workspace;
  const applying = applyingServices(context.workspace);
  const at = (path: string) => bindingAt(definition, path);
  return (
    <ApplicationForm
      context={context}
      lead="総合行政ネットワークASPの接続準備のため、次のとおり非公開文書の開示を申し込みます。"
      notes={
        <Note>
          ※非公開文書は、受理後に電子メールで送付されます（LGWAN-ASP参入セミナー資料
          手続の流れ）。受領者のE-mail(Internet)を正確に記入してください。
        </Note>
      }
    >
      <ItemRow label="開示を希望する文書" minHeightMm={20}>
        {DOCUMENTS.map((d) => (
          <CheckBox key={d} checked label={d} />
        ))}
      </ItemRow>
      <ItemRow label={at('procedure.participationAccepted').label}>
        <YesNo value={procedure.participationAccepted} yes="受領済み" no="未受領" />
      </ItemRow>
      <BoundItem field={at('services.*.name')} context={context} lines={Math.max(2, applying.length)} />
      <ContactRows
        label="受領者（担当者）"
        path="contacts.person"
        definition={definition}
        context={context}
      />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => NonpublicDisclosure(context);
