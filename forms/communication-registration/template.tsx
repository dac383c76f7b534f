/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP通信サービス登録申込書, one per communication service
 * (002_0f100134b4811c0f.txt §5.1.1(2), §3.3.3: a carrier under 電気通信事業法).
 */
import type { ReactElement } from 'react';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { attachmentTitle, requireService } from '../../src/shared/documents/format.js';
import { enclosedAttachments } from '../../src/shared/documents/encloses.js';
import { BoundItem, ContactRows, FormDocument, FormHead, FormTable, TextItem } from '../_parts/layout.js';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import { ApplicationKindRow, ServiceNameRows } from '../_parts/service-rows.js';
import { ServiceChanges } from '../_parts/change-table.js';

function CommunicationRegistration(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ca = requireService(workspace, context.serviceId, ['CA']);
  const attachments = enclosedAttachments(workspace, definition, ca.id);
  const row = (path: string) => (
    <BoundItem field={bindingAt(definition, path)} context={context} service={ca} />
  );
  const listed = bindingAt(definition, 'attachments');
  return (
    <FormDocument context={context}>
      <FormHead context={context} />
      <FormTable>
        <ApplicationKindRow service={ca} definition={definition} />
        <ServiceChanges workspace={workspace} documentId="communication-registration" service={ca} />
        <ServiceNameRows service={ca} definition={definition} context={context} />
        {row('services.*.carrierRegistration')}
        {row('services.*.lineTypes')}
        {row('services.*.bandwidths')}
        {row('services.*.regions')}
        <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
        {attachments.length > 0 ? (
          <TextItem
            label={listed.rowLabel ?? listed.label}
            field={listed.label}
            value={attachments.map((a) => attachmentTitle(a)).join('\n')}
            lines={attachments.length}
          />
        ) : null}
      </FormTable>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => CommunicationRegistration(context);
