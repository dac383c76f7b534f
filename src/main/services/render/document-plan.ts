/**
 * Which document instances a workspace's packet holds, in packet order, and which findings block a
 * clean (non-draft) packet.
 *
 * INTERIM: the document catalogue (`forms/catalog.ts`, `requiredDocuments`) and the rules engine
 * (`checkWorkspace`) are being written in parallel; until they land, this module derives the
 * documents from the table in DESIGN §3 and blocks only on the gaps that leave a form unusable.
 * Swap both functions for the catalogue and the engine when they exist; callers do not change.
 */
import {
  FACILITY_AREAS,
  type Attachment,
  type Service,
  type Workspace,
} from '../../../shared/model/index.js';

export interface PlannedDocument {
  id: string;
  /** Official title (DESIGN §3). */
  title: string;
  version: string;
  reason: string;
  source: string;
  serviceId?: string;
  serviceName?: string;
}

export interface BlockingFinding {
  ruleId: string;
  message: string;
  source: string;
}

const VERSION = '2026-11';

const TITLES = {
  'cover-letter': '送付状',
  checklist: '提出書類チェックリスト',
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
  'fee-estimate': 'LGWAN-ASP接続料金 試算書',
  schedule: 'LGWAN-ASP手続スケジュール表',
  'mailing-label': '宛名ラベル',
} as const;

type DocId = keyof typeof TITLES;

function doc(id: DocId, reason: string, source: string, service?: Service): PlannedDocument {
  return {
    id,
    title: TITLES[id],
    version: VERSION,
    reason,
    source,
    ...(service ? { serviceId: service.id, serviceName: service.name } : {}),
  };
}

/** The packet's documents in the cover letter's order (DESIGN §3). */
export function planDocuments(ws: Workspace): PlannedDocument[] {
  const { provider, applicant, procedure, services } = ws;
  const of = <K extends Service['kind']>(kind: K) =>
    services.filter((s): s is Extract<Service, { kind: K }> => s.kind === kind);
  const ho = of('HO');
  const fa = of('FA');
  const ca = of('CA');
  const out: PlannedDocument[] = [
    doc('cover-letter', '封入書類の一覧（送付状）', 'DESIGN §3'),
    doc('checklist', '封入前の確認', 'DESIGN §3'),
  ];
  if (provider.category === '7' && !procedure.certificationGranted) {
    out.push(
      doc(
        'participation-certification',
        '区分⑦の団体は参加資格審査の前に参加資格認定が必要です',
        '002_0f100134b4811c0f.txt 表5-1 注1',
      ),
    );
  }
  const modeReason = {
    new: '登録及び接続の最初の申込み',
    change: '参加資格審査申込の内容の変更',
    cancel: 'LGWAN-ASPの登録の解除',
  }[procedure.participationMode];
  if (procedure.participationMode !== 'new' || !procedure.participationAccepted) {
    out.push(doc('participation-review', modeReason, '002_0f100134b4811c0f.txt 表5-1 (1)、5.1.1(1)'));
  }
  if (provider.connectedBody === true && !procedure.participationAccepted) {
    out.push(
      doc(
        'pre-request',
        'LGWAN接続団体はポータルのユーザID取得のため事前依頼を提出できます',
        '002_0f100134b4811c0f.txt 5.1.1(1)、付録',
      ),
    );
  }
  if (!applicant.isRepresentative) {
    out.push(
      doc(
        'delegation',
        '申込者が代表者権限を有しない者のため委任状が必要です',
        '002_0f100134b4811c0f.txt 5.1.1(1)',
      ),
    );
  }
  if (ho.length > 0 && procedure.participationAccepted) {
    out.push(
      doc(
        'nonpublic-disclosure',
        'ホスティングサービスの接続準備に非公開文書が必要です',
        '001_5b371a93b315b6e8.txt 非公開文書',
      ),
    );
  }
  for (const s of ho.filter((s) => s.status !== 'cancelling' && !s.connectionAccepted)) {
    out.push(
      doc(
        'hosting-connection',
        'ホスティングサービスごとに接続申込が必要です',
        '002_0f100134b4811c0f.txt 5.1.1(2)',
        s,
      ),
    );
  }
  for (const s of fa.filter((s) => s.status === 'planned')) {
    out.push(
      doc(
        'facility-registration',
        'ファシリティサービスごとに登録申込が必要です',
        '002_0f100134b4811c0f.txt 5.1.1(2)',
        s,
      ),
    );
  }
  for (const s of ca.filter((s) => s.status === 'planned')) {
    out.push(
      doc(
        'communication-registration',
        '通信サービスごとに登録申込が必要です',
        '002_0f100134b4811c0f.txt 5.1.1(2)',
        s,
      ),
    );
  }
  for (const s of ho.filter((s) => s.connectionAccepted && s.status !== 'cancelling')) {
    out.push(
      doc(
        'schedule-coordination',
        '接続申込の受理後、工事・機器搬入・接続確認試験の日程調整が必要です',
        '002_0f100134b4811c0f.txt 表5-1 (3)、5.2',
        s,
      ),
    );
  }
  for (const s of ho.filter((s) => s.status === 'cancelling')) {
    out.push(
      doc(
        'hosting-cancellation',
        'ホスティングサービスの接続を解除します（解除希望日の1か月前まで）',
        '002_0f100134b4811c0f.txt 5.1.3',
        s,
      ),
    );
  }
  for (const s of [...fa, ...ca].filter((s) => s.status === 'cancelling')) {
    out.push(
      doc(
        'fa-ca-cancellation',
        '登録したサービスを解除します（解除希望日の1か月前まで）',
        '002_0f100134b4811c0f.txt 5.1.4',
        s,
      ),
    );
  }
  for (const s of ho.filter((s) => s.feeReduction.apply && s.status !== 'cancelling')) {
    out.push(
      doc('fee-reduction', '接続料金の減額制度の適用を申請します', '001_5b371a93b315b6e8.txt 減額制度', s),
    );
  }
  if (ho.some((s) => s.status !== 'cancelling')) {
    out.push(
      doc(
        'fee-estimate',
        'ホスティングサービスの接続料金の試算（参考資料）',
        '001_5b371a93b315b6e8.txt 接続料金',
      ),
    );
    out.push(
      doc('schedule', '接続希望日から逆算した手続の日程（参考資料）', '001_5b371a93b315b6e8.txt 手続の流れ'),
    );
  }
  out.push(doc('mailing-label', '郵送用の宛名', '003_c83b372f8914a9fb.txt'));
  return out;
}

/** Attachments that go into the packet right after a document instance. */
export function attachmentsForDocument(ws: Workspace, plan: PlannedDocument): Attachment[] {
  const kinds: Partial<Record<string, Attachment['kind'][]>> = {
    'hosting-connection': ['network-topology', 'other'],
    'facility-registration': ['facility-photo', 'certification-copy', 'other'],
    'communication-registration': ['certification-copy', 'other'],
    'fee-reduction': ['pricing-material'],
  };
  const wanted = kinds[plan.id];
  if (!wanted || plan.serviceId === undefined) return [];
  const areaOrder = Object.keys(FACILITY_AREAS);
  return ws.attachments
    .filter((a) => a.serviceId === plan.serviceId && wanted.includes(a.kind))
    .sort(
      (a, b) =>
        wanted.indexOf(a.kind) - wanted.indexOf(b.kind) ||
        areaOrder.indexOf(a.area ?? '') - areaOrder.indexOf(b.area ?? ''),
    );
}

/** Gaps that make a printed form unusable; a clean packet is refused while any remains. */
export function blockingFindings(ws: Workspace): BlockingFinding[] {
  const found: BlockingFinding[] = [];
  const add = (ruleId: string, message: string, source: string) => found.push({ ruleId, message, source });
  const { provider, applicant } = ws;
  if (!provider.name)
    add('provider.name', 'サービス提供者の名称を入力してください。', '002_0f100134b4811c0f.txt 5.1.1(1)');
  if (!provider.category)
    add(
      'provider.category',
      'サービス提供者の区分（①～⑦）を選んでください。',
      '002_0f100134b4811c0f.txt 3.2.2(1)',
    );
  if (!provider.address.prefecture || !provider.address.rest)
    add(
      'provider.address',
      'サービス提供者の所在地を入力してください。',
      '002_0f100134b4811c0f.txt 5.1.1(1)',
    );
  if (!provider.representative.name)
    add('provider.representative', '代表者の氏名を入力してください。', '002_0f100134b4811c0f.txt 5.1.1(1)');
  if (
    !applicant.isRepresentative &&
    (!applicant.person.name || !applicant.delegation.matters || !applicant.delegation.date)
  )
    add(
      'delegation',
      '申込者が代表者でないため、委任状の受任者氏名・委任事項・委任日を入力してください。',
      '002_0f100134b4811c0f.txt 5.1.1(1)',
    );
  for (const s of ws.services) {
    if (!s.name)
      add('service.name', `${s.kind}サービスの名称を入力してください。`, '002_0f100134b4811c0f.txt 5.1.1(2)');
  }
  return found;
}
