/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP通信サービス登録申込書, one per communication service
 * (002_0f100134b4811c0f.txt §5.1.1(2), §3.3.3: a carrier under 電気通信事業法).
 */
import type { ReactElement } from 'react';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { attachmentTitle, attachmentsOf, requireService } from '../_parts/format.js';
import { ContactRows, FormDocument, FormHead, FormTable, TextItem } from '../_parts/layout.js';
import { ApplicationKindRow, ServiceNameRows } from '../_parts/service-rows.js';
import { ServiceChanges } from '../_parts/change-table.js';

function CommunicationRegistration(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ca = requireService(workspace, context.serviceId, ['CA']);
  const attachments = attachmentsOf(workspace, ca.id, ['certification-copy', 'other']);
  return (
    <FormDocument context={context}>
      <FormHead context={context} />
      <FormTable>
        <ApplicationKindRow service={ca} />
        <ServiceChanges workspace={workspace} documentId="communication-registration" service={ca} />
        <ServiceNameRows service={ca} />
        <TextItem
          label="電気通信事業の登録・届出番号"
          value={ca.carrierRegistration}
          field="電気通信事業の登録番号"
        />
        <TextItem label="回線種別" value={ca.lineTypes} lines={2} />
        <TextItem label="提供帯域" value={ca.bandwidths} lines={2} />
        <TextItem label="提供可能地域" value={ca.regions} lines={3} />
        <ContactRows label="担当者" contact={workspace.contacts.person} />
        {attachments.length > 0 ? (
          <TextItem
            label="添付資料"
            value={attachments.map((a) => attachmentTitle(a)).join('\n')}
            lines={attachments.length}
          />
        ) : null}
      </FormTable>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => CommunicationRegistration(context);
