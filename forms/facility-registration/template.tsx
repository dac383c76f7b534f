/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPファシリティサービス登録申込書, one per facility service, with photos of what it
 * states (002_0f100134b4811c0f.txt §5.1.1(2), §3.3.4; 001_5b371a93b315b6e8.txt ファシリティの提供条件).
 */
import type { ReactElement } from 'react';
import { FACILITY_AREAS, type FacilityArea } from '../../src/shared/model/index.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import {
  addressLine,
  attachmentTitle,
  attachmentsOf,
  requireService,
  warekiOrBlank,
} from '../_parts/format.js';
import {
  ContactRows,
  FormDocument,
  FormHead,
  FormTable,
  GroupRows,
  ItemRow,
  Note,
  SectionRow,
  SubItem,
  TextItem,
  YesNo,
} from '../_parts/layout.js';
import { ApplicationKindRow, ServiceNameRows } from '../_parts/service-rows.js';
import { ServiceChanges } from '../_parts/change-table.js';

function FacilityRegistration(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const fa = requireService(workspace, context.serviceId, ['FA']);
  const attachments = attachmentsOf(workspace, fa.id, ['facility-photo', 'certification-copy', 'other']);
  const photoCount = (area: FacilityArea) =>
    attachments.filter((a) => a.kind === 'facility-photo' && a.area === area).length;
  return (
    <FormDocument context={context}>
      <FormHead context={context} />
      <FormTable>
        <ApplicationKindRow service={fa} />
        <ServiceChanges workspace={workspace} documentId="facility-registration" service={fa} />
        <ServiceNameRows service={fa} />
        <TextItem label="ファシリティの名称" value={fa.facilityName} />
        <TextItem label="ファシリティの所在地" value={addressLine(fa.address)} lines={2} />
        <ItemRow label="国内の設置">
          <YesNo value={fa.inJapan} yes="日本国内（日本の法令が適用される場所）" no="国外" />
        </ItemRow>
        <ItemRow label="情報システム安全対策基準">
          <YesNo value={fa.safetyStandardCompliant} yes="適合している" no="適合していない" />
        </ItemRow>
        <TextItem label="入退室管理" value={fa.entryControl} lines={3} />
        <ItemRow label="機構の立入り">
          <YesNo value={fa.jlisMayEnter} yes="必要に応じた機構の立入りに応じる" no="応じられない" />
        </ItemRow>
        <SectionRow>設備の状況（写真を添付）</SectionRow>
        {(Object.keys(FACILITY_AREAS) as FacilityArea[]).map((area) => (
          <GroupRows key={area} label={FACILITY_AREAS[area]}>
            <SubItem
              label="内容"
              field={`${FACILITY_AREAS[area]}の内容`}
              value={fa.areas[area] ?? ''}
              lines={3}
            />
            <SubItem
              label="添付写真"
              field={`${FACILITY_AREAS[area]}の添付写真`}
              value={`${photoCount(area)}枚`}
            />
          </GroupRows>
        ))}
        <TextItem
          label="取得している認証"
          value={fa.certifications
            .map((c) =>
              [
                c.name,
                c.number ? `登録番号 ${c.number}` : '',
                c.validUntil ? `有効期限 ${warekiOrBlank(c.validUntil)}` : '',
              ]
                .filter(Boolean)
                .join('\u3000'),
            )
            .join('\n')}
          lines={Math.max(1, fa.certifications.length)}
        />
        <ContactRows label="担当者" contact={workspace.contacts.person} />
        <TextItem
          label="添付資料"
          value={attachments.map((a) => attachmentTitle(a)).join('\n')}
          lines={Math.max(1, attachments.length * 2)}
        />
      </FormTable>
      <Note>※申込書の内容を示す写真等を添付してください（ASPガイドライン5.1.1(2)）。</Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => FacilityRegistration(context);
