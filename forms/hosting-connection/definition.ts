import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
  serviceKindFields,
} from '../../src/shared/documents/common-fields.js';
import {
  bandwidthText,
  onService,
  serviceRefText,
  warekiOrBlank,
} from '../../src/shared/documents/format.js';
import { ADMIN_FIELDS, type ProtocolEntry } from '../../src/shared/model/index.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { planned, serviceName } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';
import type { FieldBinding } from '../../src/shared/documents/types.js';

/** One protocol a line (protocol, ポート, purpose); none prints なし. */
export function protocolsText(protocols: readonly ProtocolEntry[]): string {
  if (protocols.length === 0) return 'なし';
  return protocols
    .map((p) => [p.protocol, p.port ? `ポート${p.port}` : '', p.purpose].filter(Boolean).join('\u3000'))
    .join('\n');
}

const STANDBY = { hot: 'ホットスタンバイ', cold: 'コールドスタンバイ' } as const;

const hostedAp = (
  field: string,
  label: string,
  more: Omit<FieldBinding, 'path' | 'label' | 'each'> = {},
): FieldBinding => ({
  path: `services.*.${field}`,
  label: `AP ${label}`,
  rowLabel: label,
  each: 'hostedAp',
  ...more,
});

export const definition = defineDocument({
  id: 'hosting-connection',
  title: '総合行政ネットワークASPホスティングサービス接続申込書',
  shortTitle: 'ホスティング接続申込書',
  kind: 'official',
  source: [cite('guideline', '表5-1 (2)'), cite('guideline', '§5.1.1(2)')],
  ...FORMS_EDITION,
  perService: true,
  requiredWhen: (ws) =>
    planned(ws, 'HO')
      .filter((s) => !s.connectionAccepted)
      .map((s) => ({
        reason: `ホスティングサービス「${serviceName(s)}」の接続申込（提供するAPサービスとのセット申込み）が必要です`,
        serviceId: s.id,
      })),
  fields: [
    ...applicantBlockFields,
    ...serviceKindFields,
    { path: 'services.*.pattern', label: '接続形態' },
    { path: 'services.*.area', reads: ['services.*.areaPrefecture'], label: '提供地域' },
    {
      path: 'services.*.bandwidth',
      label: '回線帯域',
      box: cell(),
      print: onService(['HO'], (s) => bandwidthText(s.bandwidth)),
    },
    {
      path: 'services.*.routerCount',
      reads: ['services.*.standby'],
      label: 'ルータ台数',
      rowLabel: '台数',
      box: cell(),
      print: onService(['HO'], (s) =>
        s.routerCount === 2 ? `2台（${s.standby ? STANDBY[s.standby] : '冗長方式未定'}）` : '1台',
      ),
    },
    { path: 'services.*.routerOwnership', label: 'ルータの調達', rowLabel: '種別' },
    {
      path: 'services.*.facility',
      label: '利用するファシリティサービス',
      box: cell(2),
      print: onService(['HO'], (s, ws) => serviceRefText(ws, s.facility)),
    },
    {
      path: 'services.*.communication',
      reads: ['services.*.sameFacilityLan'],
      label: '利用する通信サービス',
      box: cell(2),
      print: onService(['HO'], (s, ws) =>
        s.sameFacilityLan
          ? '利用しない（ASP提供機器を同一施設内に設置し、LANで接続する）'
          : serviceRefText(ws, s.communication),
      ),
    },
    { path: 'services.*.sameFacilityLan', label: '利用する通信サービス（同一施設内のLAN接続）' },
    {
      path: 'services.*.ipAddressCount',
      label: 'IPアドレス数',
      box: cell(),
      print: onService(['HO'], (s) => `${s.ipAddressCount}個`),
    },
    { path: 'services.*.serverAddresses', label: 'サーバのアドレス', box: cell(2) },
    {
      path: 'services.*.certificateCount',
      label: 'アプリケーション証明書数',
      rowLabel: 'アプリケーション証明書',
      box: cell(),
      print: onService(['HO'], (s) => `${s.certificateCount}件`),
    },
    {
      path: 'services.*.extraProtocols',
      label: '追加プロトコル',
      rowLabel: '追加プロトコル（HTTP・HTTPS以外）',
      print: onService(['HO'], (s) => protocolsText(s.extraProtocols)),
    },
    { path: 'services.*.tunnelling', label: 'トンネリング' },
    { path: 'services.*.tunnellingDescription', label: 'トンネリングの内容', box: cell(3) },
    {
      path: 'services.*.desiredConnectionDate',
      label: '接続希望日',
      box: cell(),
      print: onService(['HO'], (s) => warekiOrBlank(s.desiredConnectionDate)),
    },
    { path: 'services.*.firewallAttested', label: 'ファイアウォール' },
    { path: 'services.*.noIpReachabilityAttested', label: 'IPリーチャビリティ' },
    // Which AP services the application carries (one section each, 002 §5.1.1(2)).
    { path: 'services.*.hostedApIds', label: '提供するアプリケーション及びコンテンツサービス' },
    hostedAp('name', 'サービス名称', { box: cell(1) }),
    hostedAp('overview', 'サービス概要', { box: cell(4) }),
    hostedAp('adminFields', '行政事務分野', {
      box: cell(2),
      print: onService(['AP'], (ap) => ap.adminFields.map((f) => `${f} ${ADMIN_FIELDS[f]}`).join('、')),
    }),
    hostedAp('extraProtocols', '追加プロトコル', {
      rowLabel: '追加プロトコル（HTTP・HTTPS以外）',
      print: onService(['AP'], (ap) => protocolsText(ap.extraProtocols)),
    }),
    hostedAp('usesLgpki', 'LGPKI証明書の利用'),
    hostedAp('externalDataFlows', '外部ネットワークへのデータ送信'),
    hostedAp('externalDataFlowsDescription', '外部送信の説明', {
      rowLabel: '送信するデータと説明',
      box: cell(3),
    }),
    hostedAp('runsOnPublicCloud', 'パブリッククラウド上での提供'),
    hostedAp('remoteAccess', 'リモートアクセスサービス'),
    hostedAp('remoteAccessRequirements', 'リモートアクセスの必須要件'),
    hostedAp('termsReady', '利用約款・利用手引書', { reads: ['services.*.manualReady'] }),
    hostedAp('publishConsent', 'サービスリストへの掲載'),
    hostedAp('desiredStartDate', '利用開始希望日', {
      box: cell(1),
      print: onService(['AP'], (ap) => warekiOrBlank(ap.desiredStartDate)),
    }),
    ...contactFields('contacts.person', '担当者'),
    { path: 'attachments', label: '添付資料（ネットワークトポロジ図等）', rowLabel: '添付資料' },
  ],
  encloses: ['network-topology', 'other'],
});
