import { FORMS_EDITION } from '../../src/shared/documents/common-fields.js';
import { planned } from '../../src/shared/documents/workspace-queries.js';
import { cite } from '../../src/shared/documents/sources.js';
import { defineDocument } from '../../src/shared/documents/types.js';

export const definition = defineDocument({
  id: 'fee-estimate',
  title: 'LGWAN-ASP接続料金 試算書',
  shortTitle: '料金試算書',
  kind: 'aid',
  source: [cite('seminar2021', 'LGWAN-ASP接続料金について(1)(2)')],
  ...FORMS_EDITION,
  perService: false,
  requiredWhen: (ws) =>
    planned(ws, 'HO').length > 0
      ? [{ reason: 'ホスティングサービスの接続に伴うLGWAN-ASP接続料金の試算です（参考資料）' }]
      : [],
  fields: [
    { path: 'provider.name', label: 'サービス提供者' },
    { path: 'provider.category', label: '提供者の区分（料金区分）' },
    // Each hosting service's row of the estimate and the AP services it counts (001 接続料金 (1)).
    { path: 'services.*.name', label: 'ホスティングサービス' },
    { path: 'services.*.hostedApIds', label: 'ホスティングするAPサービス' },
    { path: 'services.*.area', label: '提供地域' },
    { path: 'services.*.pattern', label: '接続形態（ルータ）' },
    { path: 'services.*.bandwidth', label: '回線帯域' },
    { path: 'services.*.routerCount', label: 'ルータ台数' },
    { path: 'services.*.routerOwnership', label: 'ルータの調達' },
    { path: 'services.*.secondaryBandwidth', label: '冗長回線の帯域' },
    // A registered hosting's change is priced against the connection application J-LIS accepted
    // (which services are registered, whether the provider is leaving: the change list's reads).
    {
      path: 'services.*.ipAddressCount',
      label: 'IPアドレス数',
      reads: ['filings', 'services.*.status', 'procedure.participationMode'],
    },
    { path: 'services.*.certificateCount', label: 'アプリケーション証明書数' },
    { path: 'services.*.extraProtocols', label: '追加プロトコル' },
  ],
});
