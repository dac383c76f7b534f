import {
  applicantBlockFields,
  contactFields,
  FORMS_EDITION,
} from '../../src/shared/documents/common-fields.js';
import { cell } from '../../src/shared/documents/boxes.js';
import { planned, serviceLabel } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import type { DocumentDefinition, FieldBinding } from '../../src/shared/documents/types.js';

const hostedAp = (field: string, label: string, lines?: number): FieldBinding => ({
  path: `services.*.${field}`,
  label: `AP ${label}`,
  each: 'hostedAp',
  ...(lines === undefined ? {} : { box: cell(lines) }),
});

export const definition: DocumentDefinition = {
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
        reason: `ホスティングサービス「${serviceLabel(s)}」の接続申込（提供するAPサービスとのセット申込み）が必要です`,
        serviceId: s.id,
      })),
  fields: [
    ...applicantBlockFields,
    { path: 'services.*.name', label: 'サービス名称', box: cell() },
    { path: 'services.*.aspCode', label: 'ASPコード', box: cell() },
    { path: 'services.*.overview', label: 'サービス概要', box: cell(3) },
    { path: 'services.*.publishConsent', label: 'サービスリストへの掲載' },
    { path: 'services.*.pattern', label: '接続形態' },
    { path: 'services.*.area', label: '提供地域' },
    { path: 'services.*.bandwidth', label: '回線帯域', box: cell() },
    { path: 'services.*.routerCount', label: 'ルータ台数', box: cell() },
    { path: 'services.*.routerOwnership', label: 'ルータの調達' },
    { path: 'services.*.facility', label: '利用するファシリティサービス', box: cell(2) },
    { path: 'services.*.communication', label: '利用する通信サービス', box: cell(2) },
    { path: 'services.*.sameFacilityLan', label: '利用する通信サービス（同一施設内のLAN接続）' },
    { path: 'services.*.ipAddressCount', label: 'IPアドレス数', box: cell() },
    { path: 'services.*.serverAddresses', label: 'サーバのアドレス', box: cell(2) },
    { path: 'services.*.certificateCount', label: 'アプリケーション証明書数', box: cell() },
    { path: 'services.*.extraProtocols', label: '追加プロトコル' },
    { path: 'services.*.tunnelling', label: 'トンネリング' },
    { path: 'services.*.tunnellingDescription', label: 'トンネリングの内容', box: cell(3) },
    { path: 'services.*.desiredConnectionDate', label: '接続希望日', box: cell() },
    { path: 'services.*.firewallAttested', label: 'ファイアウォール' },
    { path: 'services.*.noIpReachabilityAttested', label: 'IPリーチャビリティ' },
    hostedAp('name', 'サービス名称', 1),
    hostedAp('overview', 'サービス概要', 4),
    hostedAp('adminFields', '行政事務分野', 2),
    hostedAp('extraProtocols', '追加プロトコル'),
    hostedAp('usesLgpki', 'LGPKI証明書の利用'),
    hostedAp('externalDataFlows', '外部ネットワークへのデータ送信'),
    hostedAp('externalDataFlowsDescription', '外部送信の説明', 3),
    hostedAp('runsOnPublicCloud', 'パブリッククラウド上での提供'),
    hostedAp('remoteAccess', 'リモートアクセスサービス'),
    hostedAp('remoteAccessRequirements', 'リモートアクセスの必須要件'),
    hostedAp('termsReady', '利用約款'),
    hostedAp('manualReady', '利用手引書'),
    hostedAp('publishConsent', 'サービスリストへの掲載'),
    hostedAp('desiredStartDate', '利用開始希望日', 1),
    ...contactFields('contacts.person', '担当者'),
    { path: 'attachments', label: '添付資料（ネットワークトポロジ図等）' },
  ],
};
