/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPファシリティサービス登録申込書, one per facility service, with photos of what it
 * states (002_0f100134b4811c0f.txt §5.1.1(2), §3.3.4; 001_5b371a93b315b6e8.txt ファシリティの提供条件).
 */
import type { ReactElement } from 'react';
import { FACILITY_AREAS, type FacilityArea } from '../../src/shared/model/index.js';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService } from '../../src/shared/documents/format.js';
import { enclosedAttachments } from '../../src/shared/documents/encloses.js';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import {
  ApplicationForm,
  BoundItem,
  boundRows,
  BoundSubItem,
  ContactRows,
  EnclosedRow,
  GroupRows,
  ItemRow,
  Note,
  SectionRow,
  SubItem,
  YesNo,
} from '../_parts/layout.js';
import { ApplicationKindRow, ServiceNameRows } from '../_parts/service-rows.js';
import { ServiceChanges } from '../_parts/change-table.js';

function FacilityRegistration(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const fa = requireService(workspace, context.serviceId, ['FA']);
  const attachments = enclosedAttachments(workspace, definition, fa.id);
  const photoCount = (area: FacilityArea) =>
    attachments.filter((a) => a.kind === 'facility-photo' && a.area === area).length;
  const at = (path: string) => bindingAt(definition, path);
  const row = boundRows(definition, context, fa);
  const question = (path: string, yes: string, no: string, value: boolean | null) => (
    <ItemRow label={at(path).rowLabel ?? at(path).label}>
      <YesNo value={value} yes={yes} no={no} />
    </ItemRow>
  );
  return (
    <ApplicationForm
      context={context}
      notes={<Note>※申込書の内容を示す写真等を添付してください（ASPガイドライン5.1.1(2)）。</Note>}
    >
      <ApplicationKindRow service={fa} definition={definition} />
      <ServiceChanges workspace={workspace} documentId="facility-registration" service={fa} />
      <ServiceNameRows service={fa} definition={definition} context={context} />
      {row('services.*.facilityName')}
      {row('services.*.address')}
      {question('services.*.inJapan', '日本国内（日本の法令が適用される場所）', '国外', fa.inJapan)}
      {question(
        'services.*.safetyStandardCompliant',
        '適合している',
        '適合していない',
        fa.safetyStandardCompliant,
      )}
      {row('services.*.entryControl')}
      {question(
        'services.*.jlisMayEnter',
        '必要に応じた機構の立入りに応じる',
        '応じられない',
        fa.jlisMayEnter,
      )}
      <SectionRow>設備の状況（写真を添付）</SectionRow>
      {(Object.keys(FACILITY_AREAS) as FacilityArea[]).map((area) => (
        <GroupRows key={area} label={FACILITY_AREAS[area]}>
          <BoundSubItem field={at(`services.*.areas.${area}`)} context={context} service={fa} />
          <SubItem
            label="添付写真"
            field={`${FACILITY_AREAS[area]}の添付写真`}
            value={`${photoCount(area)}枚`}
          />
        </GroupRows>
      ))}
      <BoundItem
        field={at('services.*.certifications')}
        context={context}
        service={fa}
        lines={Math.max(1, fa.certifications.length)}
      />
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
      <EnclosedRow definition={definition} attachments={attachments} linesEach={2} />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => FacilityRegistration(context);
