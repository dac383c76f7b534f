/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPホスティングサービス解除申込書: at least one month before the desired date, once
 * every user contract has ended (002_0f100134b4811c0f.txt §5.1.3(1)).
 */
import type { ReactElement } from 'react';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService, warekiOrBlank } from '../_parts/format.js';
import {
  ContactRows,
  FormDocument,
  FormHead,
  FormTable,
  ItemRow,
  Note,
  TextItem,
  YesNo,
} from '../_parts/layout.js';

function HostingCancellation(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ho = requireService(workspace, context.serviceId, ['HO']);
  return (
    <FormDocument context={context}>
      <FormHead
        context={context}
        lead="総合行政ネットワークASPホスティングサービスの接続の解除を、次のとおり申し込みます。"
      />
      <FormTable>
        <TextItem label="サービス名称" value={ho.name} />
        <TextItem label="ASPコード" value={ho.aspCode} />
        <TextItem label="解除希望日" value={warekiOrBlank(ho.cancellation.desiredDate)} />
        <TextItem label="解除の理由" value={ho.cancellation.reason} lines={4} />
        <ItemRow label="利用者との契約">
          <YesNo
            value={ho.cancellation.userContractsEnded}
            yes="全ての利用契約を解除済み"
            no="解除していない契約がある"
          />
        </ItemRow>
        <ContactRows label="担当者" contact={workspace.contacts.person} />
      </FormTable>
      <Note>
        ※解除希望日の1か月前までに提出してください。提出時点で、利用者との契約は解除されていなければなりません（ASPガイドライン5.1.3(1)）。
      </Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => HostingCancellation(context);
