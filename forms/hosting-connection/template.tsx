/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPホスティングサービス接続申込書, one per hosting service, with the AP services
 * it hosts as part of the same application (002_0f100134b4811c0f.txt §5.1.1(2), table 5-1 (2)).
 */
import type { ReactElement, ReactNode } from 'react';
import {
  CONNECTION_PATTERNS,
  REMOTE_ACCESS_REQUIREMENTS,
  SERVICE_AREAS,
  ROUTER_OWNERSHIPS,
  type ApService,
  type Service,
  type Workspace,
} from '../../src/shared/model/index.js';
import { bindingAt } from '../../src/shared/documents/printed-fields.js';
import type { FieldBinding } from '../../src/shared/documents/types.js';
import { CheckBox } from '../_kit/index.js';
import { definition } from './definition.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { requireService } from '../../src/shared/documents/format.js';
import { enclosedAttachments } from '../../src/shared/documents/encloses.js';
import {
  ApplicationForm,
  BoundItem,
  BoundSubItem,
  Choices,
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

type Source = { context: TemplateContext; service: Service };

/** A row of marks under the binding's label. */
function Marks({
  at,
  path,
  minHeightMm,
  children,
}: {
  at: (path: string) => FieldBinding;
  path: string;
  minHeightMm?: number;
  children: ReactNode;
}): ReactElement {
  const field = at(path);
  return (
    <ItemRow label={field.rowLabel ?? field.label} {...(minHeightMm === undefined ? {} : { minHeightMm })}>
      {children}
    </ItemRow>
  );
}

function HostedAp({
  ap,
  index,
  context,
}: {
  ap: ApService;
  index: number;
  context: TemplateContext;
}): ReactElement {
  const remote = ap.remoteAccessRequirements;
  const at = (path: string) => bindingAt(definition, path, 'hostedAp');
  const src: Source = { context, service: ap };
  // 別紙 headings name the AP by its number: 「AP1 サービス概要」.
  const row = (path: string, lines?: number) => {
    const field = at(path);
    return (
      <BoundItem
        {...src}
        field={{ ...field, label: field.label.replace(/^AP /, `AP${index} `) }}
        {...(lines === undefined ? {} : { lines })}
      />
    );
  };
  return (
    <>
      <SectionRow>{`提供するアプリケーション及びコンテンツサービス（${index}）`}</SectionRow>
      {row('services.*.name')}
      {row('services.*.overview')}
      {row('services.*.adminFields')}
      {row('services.*.extraProtocols', Math.max(1, ap.extraProtocols.length))}
      <Marks at={at} path="services.*.usesLgpki">
        <YesNo value={ap.usesLgpki} yes="利用する" no="利用しない" />
      </Marks>
      <Marks at={at} path="services.*.externalDataFlows">
        <YesNo value={ap.externalDataFlows} yes="あり" no="なし" />
      </Marks>
      {ap.externalDataFlows ? row('services.*.externalDataFlowsDescription') : null}
      <Marks at={at} path="services.*.runsOnPublicCloud">
        <YesNo value={ap.runsOnPublicCloud} yes="あり" no="なし" />
      </Marks>
      <Marks at={at} path="services.*.remoteAccess">
        <YesNo value={ap.remoteAccess} yes="提供する" no="提供しない" />
      </Marks>
      {ap.remoteAccess ? (
        <Marks at={at} path="services.*.remoteAccessRequirements" minHeightMm={24}>
          {(Object.keys(REMOTE_ACCESS_REQUIREMENTS) as (keyof typeof REMOTE_ACCESS_REQUIREMENTS)[]).map(
            (k) => (
              <CheckBox key={k} checked={remote[k]} label={REMOTE_ACCESS_REQUIREMENTS[k]} />
            ),
          )}
        </Marks>
      ) : null}
      <Marks at={at} path="services.*.termsReady">
        <Choices
          options={{ terms: '利用約款を整備済み', manual: '利用手引書を整備済み' }}
          selected={[ap.termsReady ? 'terms' : '', ap.manualReady ? 'manual' : ''].filter(Boolean)}
        />
      </Marks>
      <Marks at={at} path="services.*.publishConsent">
        <YesNo value={ap.publishConsent} yes="掲載可" no="掲載不可" />
      </Marks>
      {row('services.*.desiredStartDate')}
    </>
  );
}

function hostedAps(workspace: Workspace, ids: readonly string[]): ApService[] {
  return ids.flatMap((id) =>
    workspace.services.filter((s): s is ApService => s.kind === 'AP' && s.id === id),
  );
}

/** The HO's own bindings (the hosted APs' ones share their paths). */
const hoAt = (path: string): FieldBinding => bindingAt(definition, path);

function HostingConnection(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ho = requireService(workspace, context.serviceId, ['HO']);
  const aps = hostedAps(workspace, ho.hostedApIds);
  const attachments = enclosedAttachments(workspace, definition, ho.id);
  const src: Source = { context, service: ho };
  const row = (path: string, lines?: number) => (
    <BoundItem {...src} field={hoAt(path)} {...(lines === undefined ? {} : { lines })} />
  );
  const sub = (path: string) => <BoundSubItem {...src} field={hoAt(path)} />;
  return (
    <ApplicationForm
      context={context}
      notes={
        <Note>{`※ネットワークトポロジ等の資料を添付してください（ASPガイドライン5.1.1(2)）。確認事項はASPガイドライン3.3.2(2)④⑤に基づきます。`}</Note>
      }
    >
      <ApplicationKindRow service={ho} definition={definition} />
      {/* 変更 of a registered hosting, a new AP service included (002 table 5-1 (2)). */}
      <ServiceChanges workspace={workspace} documentId="hosting-connection" service={ho} />
      <SectionRow>ホスティングサービス</SectionRow>
      <ServiceNameRows service={ho} definition={definition} context={context} />
      <Marks at={hoAt} path="services.*.pattern" minHeightMm={14}>
        <Choices options={CONNECTION_PATTERNS} selected={ho.pattern ? [ho.pattern] : []} />
      </Marks>
      <Marks at={hoAt} path="services.*.area">
        <Choices
          options={{
            own: SERVICE_AREAS.own,
            single: `${SERVICE_AREAS.single}${ho.area === 'single' && ho.areaPrefecture ? `（${ho.areaPrefecture}）` : ''}`,
            multi: SERVICE_AREAS.multi,
          }}
          selected={ho.area ? [ho.area] : []}
        />
      </Marks>
      {row('services.*.bandwidth')}
      <GroupRows label="LGWAN接続ルータ">
        {sub('services.*.routerCount')}
        <SubItem label={hoAt('services.*.routerOwnership').rowLabel ?? ''}>
          <Choices options={ROUTER_OWNERSHIPS} selected={[ho.routerOwnership]} />
        </SubItem>
      </GroupRows>
      {row('services.*.facility')}
      {row('services.*.communication')}
      <GroupRows label="アドレス・証明書">
        {sub('services.*.ipAddressCount')}
        {sub('services.*.serverAddresses')}
        {sub('services.*.certificateCount')}
      </GroupRows>
      {row('services.*.extraProtocols', Math.max(1, ho.extraProtocols.length))}
      <Marks at={hoAt} path="services.*.tunnelling">
        <YesNo value={ho.tunnelling} yes="あり" no="なし" />
      </Marks>
      {ho.tunnelling ? row('services.*.tunnellingDescription') : null}
      {row('services.*.desiredConnectionDate')}
      <GroupRows label="確認事項">
        <SubItem label={hoAt('services.*.firewallAttested').label}>
          <YesNo value={ho.firewallAttested} yes="LGWANと外部ネットワークの間に設置している" no="未設置" />
        </SubItem>
        <SubItem label={hoAt('services.*.noIpReachabilityAttested').label}>
          <YesNo
            value={ho.noIpReachabilityAttested}
            yes="外部ネットワークからLGWANへ到達しない"
            no="未確認"
          />
        </SubItem>
      </GroupRows>
      {aps.map((ap, i) => (
        <HostedAp key={ap.id} ap={ap} index={i + 1} context={context} />
      ))}
      <SectionRow>連絡先</SectionRow>
      <ContactRows label="担当者" path="contacts.person" definition={definition} context={context} />
      <EnclosedRow definition={definition} attachments={attachments} />
    </ApplicationForm>
  );
}

export const template: FormTemplate = (context) => HostingConnection(context);
