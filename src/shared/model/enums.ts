import { z } from 'zod';

/** 002 §3.2.2(1): who may be a provider. ⑦ needs the 参加資格認定 first (002 table 5-1 note 1). */
export const PROVIDER_CATEGORIES = {
  '1': '地方公共団体',
  '2': '国の行政機関',
  '3': '協議会',
  '4': '特殊法人等',
  '5': '一般社団・財団法人等',
  '6': '民間事業者又は上記以外の法人',
  '7': 'その他機構の理事長が認める任意団体',
} as const;
export const ProviderCategorySchema = z.enum(['1', '2', '3', '4', '5', '6', '7']);
export type ProviderCategory = z.infer<typeof ProviderCategorySchema>;

/** 001 §2, 002 §3.3: the four service kinds. */
export const SERVICE_KINDS = {
  AP: 'アプリケーション及びコンテンツサービス',
  HO: 'ホスティングサービス',
  CA: '通信サービス',
  FA: 'ファシリティサービス',
} as const;
export const ServiceKindSchema = z.enum(['AP', 'HO', 'CA', 'FA']);
export type ServiceKind = z.infer<typeof ServiceKindSchema>;

/** 002 §4.1: connection patterns of a hosting service. */
export const CONNECTION_PATTERNS = {
  'prefecture-node': '都道府県ノード接続型',
  direct: '直接接続型',
  'security-gw': 'セキュリティGW直収型',
  'connected-body-router': '接続団体のLGWAN接続ルータを利用',
} as const;
export const ConnectionPatternSchema = z.enum([
  'prefecture-node',
  'direct',
  'security-gw',
  'connected-body-router',
]);
export type ConnectionPattern = z.infer<typeof ConnectionPatternSchema>;

/**
 * 001 fee table (接続料金 (1)(2)): where the hosting service is offered. `own` is a local
 * government serving only itself (自団体のみ), which changes the fees.
 */
export const SERVICE_AREAS = {
  own: '自団体のみ',
  single: '単一都道府県域',
  multi: '複数都道府県域・全国域',
} as const;
export const ServiceAreaSchema = z.enum(['own', 'single', 'multi']);

/**
 * For category ① providers: the fee table (001 接続料金 (1)(2)) prices 都道府県 and
 * 市町村・一部事務組合・広域連合 differently.
 */
export const LOCAL_GOVERNMENT_TYPES = {
  prefecture: '都道府県',
  municipality: '市町村・一部事務組合・広域連合',
} as const;
export const LocalGovernmentTypeSchema = z.enum(['prefecture', 'municipality']);

/**
 * Which LGWAN connection router a hosting service uses (001 接続料金 (1)): one set up for the ASP
 * service, or a connected body's own LGWAN router (自団体のLGWAN接続ルータ).
 */
export const ROUTER_OWNERSHIPS = {
  asp: 'ASP用のLGWAN接続ルータ',
  own: '自団体のLGWAN接続ルータ（接続団体のみ）',
} as const;

/** Bandwidth tiers of the 4th-generation fee table (000/001 接続料金 (1)). */
export const BandwidthSchema = z.enum(['10M', '50M', '100M', '200M', '300M', '500M', '1G']);
export type Bandwidth = z.infer<typeof BandwidthSchema>;

/** 001 管理_行政事務分類: 行政事務分野 01–15. */
export const ADMIN_FIELDS = {
  '01': '共通',
  '02': '総務・企画',
  '03': '人事・給与',
  '04': '税務・財務・出納',
  '05': '商工・観光',
  '06': '農林・水産・畜産',
  '07': '土木・建築・交通',
  '08': '保険・福祉・医療・労働',
  '09': '消防・防災',
  '10': '環境',
  '11': '公益企業',
  '12': '選挙・議会',
  '13': '教育・文化',
  '14': '公安',
  '15': 'その他、または部門を特定しない',
} as const;
export const AdminFieldSchema = z.enum(Object.keys(ADMIN_FIELDS) as [keyof typeof ADMIN_FIELDS]);

/** 002 §3.3.4 / 000 facility requirements: the five areas a facility shows with photos. */
export const FACILITY_AREAS = {
  installation: '設置環境',
  power: '電源設備',
  'air-conditioning': '空気調和設備',
  monitoring: '監視設備',
  earthquake: '地震対策',
} as const;
export const FacilityAreaSchema = z.enum([
  'installation',
  'power',
  'air-conditioning',
  'monitoring',
  'earthquake',
]);
export type FacilityArea = z.infer<typeof FacilityAreaSchema>;

export const ATTACHMENT_KINDS = {
  'facility-photo': 'ファシリティ写真',
  'network-topology': 'ネットワークトポロジ図',
  'certification-copy': '認証取得証明書の写し',
  'pricing-material': '料金体系を示す資料',
  other: 'その他の資料',
} as const;
export const AttachmentKindSchema = z.enum([
  'facility-photo',
  'network-topology',
  'certification-copy',
  'pricing-material',
  'other',
]);
export type AttachmentKind = z.infer<typeof AttachmentKindSchema>;

/** 001 remote access: the four mandatory requirements for a remote-access AP service. */
export const REMOTE_ACCESS_REQUIREMENTS = {
  screenTransfer: '画面転送方式（庁外端末にデータが保存されない仕組み）',
  multiFactor: '多要素認証（ID・パスワード以外にクライアント証明書や生体認証等）',
  noIpReachability: 'APサーバネットワークを中継したLGWANへのIPリーチャビリティが発生しない構成',
  secureProtocol: '認証・暗号化・改ざん検知が可能なプロトコル（IPsec、TLS等）の利用',
} as const;

/** 002 table 5-1 (1): the three modes of the participation review form. */
export const PARTICIPATION_MODES = {
  new: '新規申込',
  change: '変更届出',
  cancel: '解除届出',
} as const;
export const ParticipationModeSchema = z.enum(['new', 'change', 'cancel']);

/**
 * Where a service stands in the procedure; drives which forms it needs. Derived from the filing
 * record (src/shared/lifecycle/record.ts): the user only chooses to end a registered service.
 */
export const SERVICE_STATUSES = {
  planned: '新規申込予定',
  registered: '登録・接続済み',
  cancelling: '解除予定',
  ended: '解除済み',
} as const;
export const ServiceStatusSchema = z.enum(['planned', 'registered', 'cancelling', 'ended']);
