/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP通信サービス登録申込書, one per communication service
 * (002_0f100134b4811c0f.txt §5.1.1(2), §3.3.3: a carrier under 電気通信事業法).
 */
import type { ReactElement } from 'react';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService } from '../../src/shared/documents/format.js';
import { enclosedAttachments } from '../../src/shared/documents/encloses.js';
import { ApplicationForm, boundRows, ContactRows, EnclosedRow } from '../_parts/layout.js';
import { ApplicationKindRow, ServiceNameRows } from '../_parts/service-rows.js';
import { ServiceChanges } from '../_parts/change-table.js';

function CommunicationRegistration(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ca = requireService(workspace, context.serviceId, ['CA']);
  const attachments = enclosedAttachments(workspace, definition, ca.id);
  const row = boundRows(definition, context, ca);
  return (
    <ApplicationForm context={context}>
      <ApplicationKindRow service={ca} definition={definition} />
      <ServiceChanges workspace={workspace} documentId="communication-registration" service={ca} />
      <ServiceNameRows service={ca} definition={definition} context={context} />
      {row('services.*.carrierRegistration')}
      {row('services.*.lineTypes')}
      {row('services.*.bandwidths')}
      {row('services.*.regions')}
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
      {attachments.length > 0 ? <EnclosedRow definition={definition} attachments={attachments} /> : null}
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => CommunicationRegistration(context);
