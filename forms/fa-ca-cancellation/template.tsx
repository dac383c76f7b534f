/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPファシリティサービス又は通信サービス解除申込書: at least one month before the
 * desired date (002_0f100134b4811c0f.txt §5.1.4(1)).
 */
import type { ReactElement } from 'react';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService, warekiOrBlank } from '../_parts/format.js';
import {
  Choices,
  ContactRows,
  FormDocument,
  FormHead,
  FormTable,
  ItemRow,
  Note,
  TextItem,
} from '../_parts/layout.js';

function FaCaCancellation(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const service = requireService(workspace, context.serviceId, ['FA', 'CA']);
  return (
    <FormDocument context={context}>
      <FormHead
        context={context}
        lead="総合行政ネットワークASPに登録したサービスの登録の解除を、次のとおり申し込みます。"
      />
      <FormTable>
        <ItemRow label="サービスの種類">
          <Choices options={{ FA: 'ファシリティサービス', CA: '通信サービス' }} selected={[service.kind]} />
        </ItemRow>
        <TextItem label="サービス名称" value={service.name} />
        <TextItem label="ASPコード" value={service.aspCode} />
        <TextItem label="解除希望日" value={warekiOrBlank(service.cancellation.desiredDate)} />
        <TextItem label="解除の理由" value={service.cancellation.reason} lines={4} />
        <ContactRows label="担当者" contact={workspace.contacts.person} />
      </FormTable>
      <Note>※解除希望日の1か月前までに提出してください（ASPガイドライン5.1.4(1)）。</Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => FaCaCancellation(context);
