/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASPホスティングサービス接続申込書, one per hosting service, with the AP services
 * it hosts as part of the same application (002_0f100134b4811c0f.txt §5.1.1(2), table 5-1 (2)).
 */
import type { ReactElement } from 'react';
import {
  ADMIN_FIELDS,
  CONNECTION_PATTERNS,
  REMOTE_ACCESS_REQUIREMENTS,
  SERVICE_AREAS,
  ROUTER_OWNERSHIPS,
  type ApService,
  type ProtocolEntry,
  type Workspace,
} from '../../src/shared/model/index.js';
import { CheckBox } from '../_kit/index.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import {
  attachmentTitle,
  attachmentsOf,
  requireService,
  serviceRefText,
  warekiOrBlank,
} from '../_parts/format.js';
import {
  Choices,
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

const BANDWIDTH_LABELS: Record<string, string> = {
  '10M': '10Mbps',
  '50M': '50Mbps',
  '100M': '100Mbps',
  '200M': '200Mbps',
  '300M': '300Mbps',
  '500M': '500Mbps',
  '1G': '1Gbps',
};

export function protocolsText(protocols: readonly ProtocolEntry[]): string {
  return protocols
    .map((p) => [p.protocol, p.port ? `ポート${p.port}` : '', p.purpose].filter(Boolean).join('\u3000'))
    .join('\n');
}

function HostedAp({ ap, index }: { ap: ApService; index: number }): ReactElement {
  const remote = ap.remoteAccessRequirements;
  const n = `AP${index}`;
  return (
    <>
      <SectionRow>{`提供するアプリケーション及びコンテンツサービス（${index}）`}</SectionRow>
      <TextItem label="サービス名称" value={ap.name} field={`${n} サービス名称`} />
      <TextItem label="サービス概要" value={ap.overview} lines={4} field={`${n} サービス概要`} />
      <TextItem
        label="行政事務分野"
        value={ap.adminFields.map((f) => `${f} ${ADMIN_FIELDS[f]}`).join('、')}
        lines={2}
        field={`${n} 行政事務分野`}
      />
      <TextItem
        label="追加プロトコル（HTTP・HTTPS以外）"
        value={ap.extraProtocols.length > 0 ? protocolsText(ap.extraProtocols) : 'なし'}
        lines={Math.max(1, ap.extraProtocols.length)}
        field={`${n} 追加プロトコル`}
      />
      <ItemRow label="LGPKI証明書の利用">
        <YesNo value={ap.usesLgpki} yes="利用する" no="利用しない" />
      </ItemRow>
      <ItemRow label="外部ネットワークへのデータ送信">
        <YesNo value={ap.externalDataFlows} yes="あり" no="なし" />
      </ItemRow>
      {ap.externalDataFlows ? (
        <TextItem
          label="送信するデータと説明"
          value={ap.externalDataFlowsDescription}
          lines={3}
          field={`${n} 外部送信の説明`}
        />
      ) : null}
      <ItemRow label="パブリッククラウド上での提供">
        <YesNo value={ap.runsOnPublicCloud} yes="あり" no="なし" />
      </ItemRow>
      <ItemRow label="リモートアクセスサービス">
        <YesNo value={ap.remoteAccess} yes="提供する" no="提供しない" />
      </ItemRow>
      {ap.remoteAccess ? (
        <ItemRow label="リモートアクセスの必須要件" minHeightMm={24}>
          {(Object.keys(REMOTE_ACCESS_REQUIREMENTS) as (keyof typeof REMOTE_ACCESS_REQUIREMENTS)[]).map(
            (k) => (
              <CheckBox key={k} checked={remote[k]} label={REMOTE_ACCESS_REQUIREMENTS[k]} />
            ),
          )}
        </ItemRow>
      ) : null}
      <ItemRow label="利用約款・利用手引書">
        <Choices
          options={{ terms: '利用約款を整備済み', manual: '利用手引書を整備済み' }}
          selected={[ap.termsReady ? 'terms' : '', ap.manualReady ? 'manual' : ''].filter(Boolean)}
        />
      </ItemRow>
      <ItemRow label="サービスリストへの掲載">
        <YesNo value={ap.publishConsent} yes="掲載可" no="掲載不可" />
      </ItemRow>
      <TextItem
        label="利用開始希望日"
        value={warekiOrBlank(ap.desiredStartDate)}
        field={`${n} 利用開始希望日`}
      />
    </>
  );
}

function hostedAps(workspace: Workspace, ids: readonly string[]): ApService[] {
  return ids.flatMap((id) =>
    workspace.services.filter((s): s is ApService => s.kind === 'AP' && s.id === id),
  );
}

function HostingConnection(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const ho = requireService(workspace, context.serviceId, ['HO']);
  const aps = hostedAps(workspace, ho.hostedApIds);
  const router =
    ho.routerCount === 2
      ? `2台（${ho.standby === 'hot' ? 'ホットスタンバイ' : ho.standby === 'cold' ? 'コールドスタンバイ' : '冗長方式未定'}）`
      : '1台';
  const attachments = attachmentsOf(workspace, ho.id, ['network-topology', 'other']);
  return (
    <FormDocument context={context}>
      <FormHead context={context} />
      <FormTable>
        <ApplicationKindRow service={ho} />
        {/* 変更 of a registered hosting, a new AP service included (002 table 5-1 (2)). */}
        <ServiceChanges workspace={workspace} documentId="hosting-connection" service={ho} />
        <SectionRow>ホスティングサービス</SectionRow>
        <ServiceNameRows service={ho} />
        <ItemRow label="接続形態" minHeightMm={14}>
          <Choices options={CONNECTION_PATTERNS} selected={ho.pattern ? [ho.pattern] : []} />
        </ItemRow>
        <ItemRow label="提供地域">
          <Choices
            options={{
              own: SERVICE_AREAS.own,
              single: `${SERVICE_AREAS.single}${ho.area === 'single' && ho.areaPrefecture ? `（${ho.areaPrefecture}）` : ''}`,
              multi: SERVICE_AREAS.multi,
            }}
            selected={ho.area ? [ho.area] : []}
          />
        </ItemRow>
        <TextItem
          label="回線帯域"
          value={ho.bandwidth ? (BANDWIDTH_LABELS[ho.bandwidth] ?? ho.bandwidth) : ''}
        />
        <GroupRows label="LGWAN接続ルータ">
          <SubItem label="台数" field="ルータ台数" value={router} />
          <SubItem label="種別">
            <Choices options={ROUTER_OWNERSHIPS} selected={[ho.routerOwnership]} />
          </SubItem>
        </GroupRows>
        <TextItem
          label="利用するファシリティサービス"
          value={serviceRefText(workspace, ho.facility)}
          lines={2}
        />
        <TextItem
          label="利用する通信サービス"
          value={
            ho.sameFacilityLan
              ? '利用しない（ASP提供機器を同一施設内に設置し、LANで接続する）'
              : serviceRefText(workspace, ho.communication)
          }
          lines={2}
        />
        <GroupRows label="アドレス・証明書">
          <SubItem label="IPアドレス数" field="IPアドレス数" value={`${ho.ipAddressCount}個`} />
          <SubItem label="サーバのアドレス" field="サーバのアドレス" value={ho.serverAddresses} lines={2} />
          <SubItem
            label="アプリケーション証明書"
            field="アプリケーション証明書数"
            value={`${ho.certificateCount}件`}
          />
        </GroupRows>
        <TextItem
          label="追加プロトコル（HTTP・HTTPS以外）"
          value={ho.extraProtocols.length > 0 ? protocolsText(ho.extraProtocols) : 'なし'}
          lines={Math.max(1, ho.extraProtocols.length)}
          field="追加プロトコル"
        />
        <ItemRow label="トンネリング">
          <YesNo value={ho.tunnelling} yes="あり" no="なし" />
        </ItemRow>
        {ho.tunnelling ? (
          <TextItem label="トンネリングの内容" value={ho.tunnellingDescription} lines={3} />
        ) : null}
        <TextItem label="接続希望日" value={warekiOrBlank(ho.desiredConnectionDate)} />
        <GroupRows label="確認事項">
          <SubItem label="ファイアウォール">
            <YesNo value={ho.firewallAttested} yes="LGWANと外部ネットワークの間に設置している" no="未設置" />
          </SubItem>
          <SubItem label="IPリーチャビリティ">
            <YesNo
              value={ho.noIpReachabilityAttested}
              yes="外部ネットワークからLGWANへ到達しない"
              no="未確認"
            />
          </SubItem>
        </GroupRows>
        {aps.map((ap, i) => (
          <HostedAp key={ap.id} ap={ap} index={i + 1} />
        ))}
        <SectionRow>連絡先</SectionRow>
        <ContactRows label="担当者" contact={workspace.contacts.person} />
        <TextItem
          label="添付資料"
          value={attachments.length > 0 ? attachments.map((a) => attachmentTitle(a)).join('\n') : ''}
          lines={Math.max(1, attachments.length)}
        />
      </FormTable>
      <Note>{`※ネットワークトポロジ等の資料を添付してください（ASPガイドライン5.1.1(2)）。確認事項はASPガイドライン3.3.2(2)④⑤に基づきます。`}</Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => HostingConnection(context);
