/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP登録及び接続に関する参加資格審査申込兼変更並びに解除届出書
 * (002_0f100134b4811c0f.txt table 5-1 (1), §5.1.1(1)): one form, three modes.
 */
import {
  CONNECTION_PATTERNS,
  PARTICIPATION_MODES,
  PROVIDER_CATEGORIES,
  SERVICE_KINDS,
} from '../../src/shared/model/index.js';
import type { ReactElement } from 'react';
import { changesOf, participationModeOf } from '../../src/shared/lifecycle/changes.js';
import { ChangeTable } from '../_parts/change-table.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { kindLabel, nameWithKana, phoneAndFax, serviceLabel, warekiOrBlank } from '../_parts/format.js';
import {
  Choices,
  ContactRows,
  FormDocument,
  FormHead,
  FormTable,
  GroupRows,
  ItemRow,
  SectionRow,
  SubItem,
  TextItem,
  YesNo,
} from '../_parts/layout.js';

const LEADS = {
  new: '総合行政ネットワークASPの登録及び接続に関する参加資格の審査を、次のとおり申し込みます。',
  change:
    '総合行政ネットワークASPの登録及び接続に関する参加資格の申込内容に変更が生じたので、次のとおり届け出ます。',
  cancel: '総合行政ネットワークASPの登録及び接続に関する参加資格を解除したいので、次のとおり届け出ます。',
} as const;

function ParticipationReview(context: TemplateContext): ReactElement {
  const { provider, procedure, contacts, services } = context.workspace;
  // 変更届出 once J-LIS accepted the review and anything it prints changed (002 §5.1.1(1)).
  const mode = participationModeOf(context.workspace);
  const changes = mode === 'change' ? changesOf(context.workspace, 'participation-review') : [];
  const kinds = [...new Set(services.map((s) => s.kind))];
  const hosting = services.filter((s) => s.kind === 'HO');
  return (
    <FormDocument context={context}>
      <FormHead context={context} lead={LEADS[mode]} />
      <FormTable>
        <ItemRow label="申込区分">
          <Choices options={PARTICIPATION_MODES} selected={[mode]} />
        </ItemRow>
        <SectionRow>{'1\u3000サービス提供者'}</SectionRow>
        <TextItem label="名称" value={provider.name} field="サービス提供者の名称" />
        <TextItem label="フリガナ" value={provider.nameKana} field="サービス提供者のフリガナ" />
        <TextItem label="法人番号" value={provider.corporateNumber} />
        <ItemRow label="提供者の区分" minHeightMm={16}>
          <Choices
            options={Object.fromEntries(
              Object.entries(PROVIDER_CATEGORIES).map(([k, v]) => [
                k,
                `${'①②③④⑤⑥⑦'[Number(k) - 1] ?? ''}${v}`,
              ]),
            )}
            selected={provider.category ? [provider.category] : []}
          />
        </ItemRow>
        <ItemRow label="LGWAN接続団体">
          <YesNo value={provider.connectedBody} yes="該当する" no="該当しない" />
        </ItemRow>
        <TextItem
          label="所在地"
          value={`${provider.address.postalCode ? `〒${provider.address.postalCode}\u3000` : ''}${provider.address.prefecture}${provider.address.rest}`}
          lines={2}
          field="サービス提供者の所在地"
        />
        <GroupRows label="代表者">
          <SubItem label="役職" field="代表者の役職" value={provider.representative.title} />
          <SubItem
            label="氏名（フリガナ）"
            field="代表者の氏名"
            value={nameWithKana(provider.representative)}
          />
        </GroupRows>
        <TextItem label="電話番号・FAX" value={phoneAndFax(provider)} />
        <TextItem label="URL" value={provider.url} lines={2} />
        <TextItem label="事業内容" value={provider.businessSummary} lines={4} />
        <SectionRow>{'2\u3000提供予定のサービス'}</SectionRow>
        <ItemRow label="サービスの種類">
          <Choices options={SERVICE_KINDS} selected={kinds} />
        </ItemRow>
        <TextItem
          label="サービス名称"
          value={services
            .map((s) => `${kindLabel(s.kind).replace(/（.*）$/, '')}（${s.kind}）: ${serviceLabel(s)}`)
            .join('\n')}
          lines={Math.max(2, services.length)}
        />
        {hosting.length > 0 ? (
          <TextItem
            label="接続形態"
            value={hosting
              .map((h) => `${h.name}: ${h.pattern ? CONNECTION_PATTERNS[h.pattern] : ''}`)
              .join('\n')}
            lines={Math.max(1, hosting.length)}
          />
        ) : null}
        <SectionRow>{'3\u3000連絡先'}</SectionRow>
        <ContactRows label="担当者" contact={contacts.person} />
        <ContactRows label="運用責任者" contact={contacts.operationsManager} />
        <GroupRows label="定常連絡ルート">
          <SubItem
            label="連絡先"
            field="定常連絡ルートの連絡先"
            value={[
              contacts.regularRoute.contact.department,
              contacts.regularRoute.contact.name,
              contacts.regularRoute.contact.phone,
              contacts.regularRoute.contact.emailInternet,
            ]
              .filter(Boolean)
              .join('\u3000')}
            lines={2}
          />
          <SubItem label="対応時間" field="定常連絡ルートの対応時間" value={contacts.regularRoute.hours} />
        </GroupRows>
        <GroupRows label="緊急連絡ルート">
          <SubItem
            label="連絡先"
            field="緊急連絡ルートの連絡先"
            value={[
              contacts.emergencyRoute.contact.department,
              contacts.emergencyRoute.contact.name,
              contacts.emergencyRoute.contact.phone,
              contacts.emergencyRoute.contact.emailInternet,
            ]
              .filter(Boolean)
              .join('\u3000')}
            lines={2}
          />
          <SubItem label="対応時間" field="緊急連絡ルートの対応時間" value={contacts.emergencyRoute.hours} />
          <SubItem
            label="深夜・休日連絡先"
            field="深夜・休日の連絡先"
            value={[contacts.emergencyRoute.outOfHoursPhone, contacts.emergencyRoute.outOfHoursNote]
              .filter(Boolean)
              .join('\u3000')}
            lines={2}
          />
        </GroupRows>
        {mode === 'change' ? (
          <>
            <SectionRow>{'4\u3000変更の内容'}</SectionRow>
            <TextItem label="変更年月日" value={warekiOrBlank(procedure.changeDate)} field="変更日" />
            <TextItem label="変更理由" value={procedure.changeReason} lines={2} />
            {changes.length > 0 ? <ChangeTable changes={changes} /> : null}
            {procedure.changeSummary !== '' || changes.length === 0 ? (
              <TextItem
                label={changes.length > 0 ? '備考' : '変更内容'}
                value={procedure.changeSummary}
                lines={4}
                field="変更内容"
              />
            ) : null}
          </>
        ) : null}
        {mode === 'cancel' ? (
          <>
            <SectionRow>{'4\u3000解除の内容'}</SectionRow>
            <TextItem label="解除の理由" value={procedure.cancelReason} lines={3} />
            <TextItem label="解除希望日" value={warekiOrBlank(procedure.cancelDate)} />
          </>
        ) : null}
      </FormTable>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => ParticipationReview(context);
