/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP接続に係る日程等調整申込書: after the connection application is accepted, the
 * dates of the work, equipment delivery and connection test (002_0f100134b4811c0f.txt table 5-1 (3), §5.2).
 */
import type { ReactElement } from 'react';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService, serviceLabel, serviceRefText, warekiOrBlank } from '../_parts/format.js';
import {
  ContactRows,
  FormDocument,
  FormHead,
  FormTable,
  Note,
  SectionRow,
  TextItem,
} from '../_parts/layout.js';

function ScheduleCoordination(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ho = requireService(workspace, context.serviceId, ['HO']);
  const s = ho.schedule;
  return (
    <FormDocument context={context}>
      <FormHead
        context={context}
        lead="総合行政ネットワークASPホスティングサービスの接続に係る工事、機器搬入等の日程等の調整を、次のとおり申し込みます。"
      />
      <FormTable>
        <TextItem label="ホスティングサービス" value={serviceLabel(ho)} lines={2} />
        <TextItem label="設置場所（ファシリティ）" value={serviceRefText(workspace, ho.facility)} lines={2} />
        <TextItem label="作業場所" value={s.site} lines={2} />
        <SectionRow>希望日程</SectionRow>
        <TextItem label="工事希望日" value={warekiOrBlank(s.workDate)} />
        <TextItem label="機器搬入希望日" value={warekiOrBlank(s.deliveryDate)} />
        <TextItem label="接続確認試験希望日" value={warekiOrBlank(s.testDate)} />
        <TextItem label="接続希望日" value={warekiOrBlank(ho.desiredConnectionDate)} />
        <TextItem label="備考" value={s.notes} lines={3} />
        <SectionRow>作業の責任者・連絡先</SectionRow>
        <ContactRows label="運用責任者" contact={workspace.contacts.operationsManager} />
        <ContactRows label="担当者" contact={workspace.contacts.person} />
      </FormTable>
      <Note>
        ※作業は機構の立会いの下で行います。接続確認試験の確認項目は、原則としてサービス提供者が設定します（ASPガイドライン5.2.1(3)(4)）。
      </Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => ScheduleCoordination(context);
