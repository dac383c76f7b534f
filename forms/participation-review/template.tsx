/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP登録及び接続に関する参加資格審査申込兼変更並びに解除届出書
 * (002_0f100134b4811c0f.txt table 5-1 (1), §5.1.1(1)): one form, three modes.
 */
import { PARTICIPATION_MODES, PROVIDER_CATEGORIES, SERVICE_KINDS } from '../../src/shared/model/index.js';
import type { ReactElement } from 'react';
import { definition } from './definition.js';
import { changesOf, participationModeOf } from '../../src/shared/lifecycle/changes.js';
import { ChangeTable } from '../_parts/change-table.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import { RepresentativeAndReachRows } from '../_parts/provider-rows.js';
import {
  ApplicationForm,
  BoundGroup,
  BoundItem,
  boundRows,
  Choices,
  ContactRows,
  ItemRow,
  SectionRow,
  YesNo,
} from '../_parts/layout.js';

const LEADS = {
  new: '総合行政ネットワークASPの登録及び接続に関する参加資格の審査を、次のとおり申し込みます。',
  change:
    '総合行政ネットワークASPの登録及び接続に関する参加資格の申込内容に変更が生じたので、次のとおり届け出ます。',
  cancel: '総合行政ネットワークASPの登録及び接続に関する参加資格を解除したいので、次のとおり届け出ます。',
} as const;

function ParticipationReview(context: TemplateContext): ReactElement {
  const { provider, procedure, services } = context.workspace;
  const at = (path: string) => bindingAt(definition, path);
  const row = boundRows(definition, context);
  // 変更届出 once J-LIS accepted the review and anything it prints changed (002 §5.1.1(1)).
  const mode = participationModeOf(context.workspace);
  const changes = mode === 'change' ? changesOf(context.workspace, 'participation-review') : [];
  const kinds = [...new Set(services.map((s) => s.kind))];
  const hosting = services.filter((s) => s.kind === 'HO');
  return (
    <ApplicationForm context={context} lead={LEADS[mode]}>
      <ItemRow label="申込区分">
        <Choices options={PARTICIPATION_MODES} selected={[mode]} />
      </ItemRow>
      <SectionRow>{'1\u3000サービス提供者'}</SectionRow>
      {row('provider.name')}
      {row('provider.nameKana')}
      {row('provider.corporateNumber')}
      <ItemRow label="提供者の区分" minHeightMm={16}>
        <Choices
          options={Object.fromEntries(
            Object.entries(PROVIDER_CATEGORIES).map(([k, v]) => [k, `${'①②③④⑤⑥⑦'[Number(k) - 1] ?? ''}${v}`]),
          )}
          selected={provider.category ? [provider.category] : []}
        />
      </ItemRow>
      <ItemRow label="LGWAN接続団体">
        <YesNo value={provider.connectedBody} yes="該当する" no="該当しない" />
      </ItemRow>
      {row('provider.address')}
      <RepresentativeAndReachRows definition={definition} context={context} />
      {row('provider.businessSummary')}
      <SectionRow>{'2\u3000提供予定のサービス'}</SectionRow>
      <ItemRow label="サービスの種類">
        <Choices options={SERVICE_KINDS} selected={kinds} />
      </ItemRow>
      <BoundItem field={at('services.*.name')} context={context} lines={Math.max(2, services.length)} />
      {hosting.length > 0 ? (
        <BoundItem field={at('services.*.pattern')} context={context} lines={Math.max(1, hosting.length)} />
      ) : null}
      <SectionRow>{'3\u3000連絡先'}</SectionRow>
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
      <ContactRows
        label="運用責任者"
        path="contacts.operationsManager"
        definition={definition}
        context={context}
      />
      <BoundGroup
        label="定常連絡ルート"
        fields={[at('contacts.regularRoute.contact'), at('contacts.regularRoute.hours')]}
        context={context}
      />
      <BoundGroup
        label="緊急連絡ルート"
        fields={[
          at('contacts.emergencyRoute.contact'),
          at('contacts.emergencyRoute.hours'),
          at('contacts.emergencyRoute.outOfHoursPhone'),
        ]}
        context={context}
      />
      {mode === 'change' ? (
        <>
          <SectionRow>{'4\u3000変更の内容'}</SectionRow>
          {row('procedure.changeDate')}
          {row('procedure.changeReason')}
          {changes.length > 0 ? <ChangeTable changes={changes} /> : null}
          {/* The typed summary stays as an optional note beside the generated table. */}
          {changes.length === 0 ? row('procedure.changeSummary') : null}
          {changes.length > 0 && procedure.changeSummary !== '' ? (
            <BoundItem field={{ ...at('procedure.changeSummary'), rowLabel: '備考' }} context={context} />
          ) : null}
        </>
      ) : null}
      {mode === 'cancel' ? (
        <>
          <SectionRow>{'4\u3000解除の内容'}</SectionRow>
          {row('procedure.cancelReason')}
          {row('procedure.cancelDate')}
        </>
      ) : null}
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => ParticipationReview(context);
