/** @jsxRuntime automatic @jsxImportSource react */
/**
 * LGWAN-ASP接続料金の減額に係る申請: hosting services of up to 100 Mbps with usage-based pricing that
 * serves the scheme's purpose, with the pricing material attached (001_5b371a93b315b6e8.txt 減額制度).
 */
import type { ReactElement } from 'react';
import { CheckBox } from '../_kit/index.js';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService } from '../../src/shared/documents/format.js';
import { enclosedAttachments } from '../../src/shared/documents/encloses.js';
import { ApplicationForm, boundRows, ContactRows, EnclosedRow, ItemRow, Note } from '../_parts/layout.js';

const UP_TO_100M = new Set(['10M', '50M', '100M']);

function FeeReduction(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ho = requireService(workspace, context.serviceId, ['HO']);
  const pricing = enclosedAttachments(workspace, definition, ho.id);
  const row = boundRows(definition, context, ho);
  return (
    <ApplicationForm
      context={context}
      lead="LGWAN-ASP接続料金の減額制度の適用を受けたいので、料金体系を明らかにした資料を添えて、次のとおり申請します。"
      notes={
        <Note>
          ※本施策の目的（ベンチャー企業の新規参入や小規模自治体の利用の促進）に合致する料金体系であることを明らかにした資料を添付してください（LGWAN-ASP接続料金の減額制度）。
        </Note>
      }
    >
      {row('services.*.name')}
      {ho.aspCode ? row('services.*.aspCode') : null}
      {row('services.*.bandwidth')}
      <ItemRow label="適用の要件" minHeightMm={16}>
        <CheckBox
          checked={ho.bandwidth !== null && UP_TO_100M.has(ho.bandwidth)}
          label="100Mbps以下の帯域である"
        />
        <CheckBox
          checked={ho.feeReduction.pricingSummary !== ''}
          label="従量課金制の設定等、要件を満たす料金体系である"
        />
        <CheckBox checked={pricing.length > 0} label="料金体系を明らかにした資料を添付している" />
      </ItemRow>
      {row('services.*.feeReduction.pricingSummary')}
      <EnclosedRow definition={definition} attachments={pricing} />
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => FeeReduction(context);
