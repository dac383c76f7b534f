/**
 * INTERIM: which documents a workspace needs, from DESIGN §3, until the document catalogue
 * (`src/shared/documents/required.ts`) lands; then the engine takes it from there.
 */
import type { Service, Workspace } from '../model/index.js';
import type { RequiredDocument } from './types.js';

const TITLES: Record<string, string> = {
  'participation-certification': '総合行政ネットワークASP接続に関する参加資格認定申込書',
  'participation-review': '総合行政ネットワークASP登録及び接続に関する参加資格審査申込兼変更並びに解除届出書',
  'pre-request': '総合行政ネットワークASP登録及び接続に関する参加資格申込みの事前依頼',
  delegation: '総合行政ネットワークASP登録及び接続申込等における代表者権限の委任状',
  'nonpublic-disclosure': '総合行政ネットワーク非公開文書の開示申込書',
  'hosting-connection': '総合行政ネットワークASPホスティングサービス接続申込書',
  'facility-registration': '総合行政ネットワークASPファシリティサービス登録申込書',
  'communication-registration': '総合行政ネットワークASP通信サービス登録申込書',
  'schedule-coordination': '総合行政ネットワークASP接続に係る日程等調整申込書',
  'hosting-cancellation': '総合行政ネットワークASPホスティングサービス解除申込書',
  'fa-ca-cancellation': '総合行政ネットワークASPファシリティサービス又は通信サービス解除申込書',
  'fee-reduction': 'LGWAN-ASP接続料金の減額に係る申請',
};

const S002 = '002_0f100134b4811c0f.txt';
const S001 = '001_5b371a93b315b6e8.txt';

export function requiredDocumentsInterim(ws: Workspace): RequiredDocument[] {
  const out: RequiredDocument[] = [];
  const add = (id: string, reason: string, source: string, service?: Service) =>
    out.push({ id, title: TITLES[id] ?? id, reason, source, ...(service ? { serviceId: service.id } : {}) });
  const { provider, applicant, procedure, services } = ws;
  if (provider.category === '7' && !procedure.certificationGranted)
    add(
      'participation-certification',
      '区分⑦の団体は参加資格審査の前に参加資格認定が必要です',
      `${S002} 表5-1 注1`,
    );
  if (procedure.participationMode !== 'new' || !procedure.participationAccepted)
    add('participation-review', '参加資格審査（新規・変更・解除）の届出', `${S002} 表5-1 (1)、§5.1.1(1)`);
  if (provider.connectedBody === true && !procedure.participationAccepted)
    add(
      'pre-request',
      'LGWAN接続団体はポータルのユーザID取得のため事前依頼を提出します',
      `${S002} §5.1.1(1)、付録`,
    );
  if (!applicant.isRepresentative)
    add('delegation', '申込者が代表者権限を有しない者のため委任状が必要です', `${S002} §5.1.1(1)`);
  const active = (s: Service) => s.status !== 'cancelling';
  if (procedure.participationAccepted && services.some((s) => s.kind === 'HO' && active(s)))
    add('nonpublic-disclosure', 'ホスティングサービスの接続準備に非公開文書が必要です', `${S001} 非公開文書`);
  for (const s of services) {
    if (s.kind === 'HO' && active(s) && !s.connectionAccepted)
      add('hosting-connection', 'ホスティングサービスごとに接続申込が必要です', `${S002} §5.1.1(2)`, s);
    if (s.kind === 'FA' && s.status === 'planned')
      add('facility-registration', 'ファシリティサービスごとに登録申込が必要です', `${S002} §5.1.1(2)`, s);
    if (s.kind === 'CA' && s.status === 'planned')
      add('communication-registration', '通信サービスごとに登録申込が必要です', `${S002} §5.1.1(2)`, s);
    if (s.kind === 'HO' && active(s) && s.connectionAccepted)
      add('schedule-coordination', '接続申込の受理後に日程調整が必要です', `${S002} 表5-1 (3)、§5.2`, s);
    if (s.kind === 'HO' && s.status === 'cancelling')
      add('hosting-cancellation', 'ホスティングサービスの接続を解除します', `${S002} §5.1.3`, s);
    if ((s.kind === 'FA' || s.kind === 'CA') && s.status === 'cancelling')
      add('fa-ca-cancellation', '登録したサービスを解除します', `${S002} §5.1.4`, s);
    if (s.kind === 'HO' && active(s) && s.feeReduction.apply)
      add('fee-reduction', '接続料金の減額制度の適用を申請します', `${S001} 減額制度`, s);
  }
  return out;
}
