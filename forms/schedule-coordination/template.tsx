/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP接続に係る日程等調整申込書: after the connection application is accepted, the
 * dates of the work, equipment delivery and connection test (002_0f100134b4811c0f.txt table 5-1 (3), §5.2).
 */
import type { ReactElement } from 'react';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService } from '../../src/shared/documents/format.js';
import { ApplicationForm, boundRows, ContactRows, Note, SectionRow } from '../_parts/layout.js';

function ScheduleCoordination(context: TemplateContext): ReactElement {
  const ho = requireService(context.workspace, context.serviceId, ['HO']);
  const row = boundRows(definition, context, ho);
  return (
    <ApplicationForm
      context={context}
      lead="総合行政ネットワークASPホスティングサービスの接続に係る工事、機器搬入等の日程等の調整を、次のとおり申し込みます。"
      notes={
        <Note>
          ※作業は機構の立会いの下で行います。接続確認試験の確認項目は、原則としてサービス提供者が設定します（ASPガイドライン5.2.1(3)(4)）。
        </Note>
      }
    >
      {row('services.*.name')}
      {row('services.*.facility')}
      {row('services.*.schedule.site')}
      <SectionRow>希望日程</SectionRow>
      {row('services.*.schedule.workDate')}
      {row('services.*.schedule.deliveryDate')}
      {row('services.*.schedule.testDate')}
      {row('services.*.desiredConnectionDate')}
      {row('services.*.schedule.notes')}
      <SectionRow>作業の責任者・連絡先</SectionRow>
      <ContactRows
        label="運用責任者"
        path="contacts.operationsManager"
        definition={definition}
        context={context}
      />
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => ScheduleCoordination(context);
