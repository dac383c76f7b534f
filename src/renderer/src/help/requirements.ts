import type { Requirement } from './Requirement.js';

// Quoted from the J-LIS source documents (/work/shared/seeds, README there); each help text names
// the file and section it comes from so staff can look the rule up themselves.
const S000 = '000_768f57b56e1ca9c0.txt';
const S001 = '001_5b371a93b315b6e8.txt';
const S002 = '002_0f100134b4811c0f.txt';

export const REQ = {
  category: {
    quote: 'その他機構の理事長が認める任意団体は、参加資格認定申込書を先に提出',
    source: `${S002} 表5-1 注1`,
  },
  connectedBody: {
    quote:
      'LGWAN の接続団体は、本書「付録…事前依頼」を運営主体に提出することにより、LGWAN-ASP ポータルサイトにログインするためのユーザＩＤを取得',
    source: `${S002} §5.1.1(1)`,
  },
  delegation: {
    quote: '申込者を、代表者権限を有しない者の名義とする場合は、「…代表者権限の委任状」を添えて提出する。',
    source: `${S002} §5.1.1(1)`,
  },
  routes: {
    quote: '連絡ルートは、定常連絡ルートと緊急連絡ルートとし、定常的な連絡や障害発生時等の緊急連絡に用いる。',
    source: `${S002} §4.4(1)`,
  },
  emergency: {
    quote: '深刻な障害の発生などの緊急事態においては、深夜休日の対応が必要となることが考えられる。',
    source: `${S002} §4.4(2)`,
  },
  operationsManager: {
    quote:
      'LGWAN側との連絡調整、サービス利用者側との連絡調整を迅速に行うために、運用責任者を設置する必要がある。',
    source: `${S002} §4.4(3)`,
  },
  faInJapan: {
    quote: '日本国の法律が及ぶ範囲に設置すること',
    source: `${S001} ファシリティサービスについて 主な提供条件`,
  },
  faJlisEnter: {
    quote: '必要が生じた場合に、運営主体が入館できること',
    source: `${S001} ファシリティサービスについて 主な提供条件`,
  },
  faSafety: {
    quote: '「情報システム安全対策基準」（平成 9 年 9 月 24 日通商産業省告示 536 号）を満たし',
    source: `${S002} §3.3.4(2)`,
  },
  faEntry: {
    quote:
      '入退室管理等の人的脅威に対する適切なセキュリティ対策などが施されているように整備しなければならない。',
    source: `${S002} §3.3.4(2)`,
  },
  faPhotos: {
    quote: 'ファシリティサービスのサービス提供希望者は、それに併せて、その提示内容を示す写真等を添付する。',
    source: `${S002} §5.1.1(2)`,
  },
  hoTopology: {
    quote: '申込み内容の審査のため、ネットワークトポロジ等の指定された資料も添える。',
    source: `${S002} §5.1.1(2)`,
  },
  hoServices: {
    quote:
      'サービスリストから該当するファシリティサービス及び通信サービスを選択し、提供するアプリケーション及びコンテンツサービスの情報を添えて申し込む',
    source: `${S002} §5.1.1(2)`,
  },
  hoPattern: {
    quote: 'LGWAN接続団体ではない民間等の事業者は都道府県ノード経由で接続することができません。',
    source: `${S000} 接続形態`,
  },
  protocols: {
    quote: '通信プロトコルとして、HTTP(80)もしくはHTTPS(443)を標準で利用可能 その他のプロトコルは…',
    source: `${S001} アプリケーション及びコンテンツサービスについて 主な提供条件`,
  },
  publicCloud: {
    quote:
      'LGWAN-ASPファシリティサービス以外で提供されるアプリケーションサービスをLGWAN-ASPサービスとして提供することはできません',
    source: `${S001} パブリッククラウドを含む外部ネットワークと連携する際の注意事項`,
  },
  externalFlows: {
    quote:
      'パブリッククラウド等、外部ネットワークへデータを送信するサービスを提供する際には、地方公共団体へ十分な説明をお願いします',
    source: `${S001} パブリッククラウドを含む外部ネットワークと連携する際の注意事項`,
  },
  remoteAccess: {
    quote: 'リモートアクセスサービスをLGWAN-ASPとして提供する際の必須要件',
    source: `${S001} LGWAN-ASPを利用したLGWAN接続系端末へのリモートアクセス`,
  },
  terms: {
    quote: '地方公共団体との契約に当たっては、利用約款及び利用手引書を作成し、交付してください。',
    source: `${S001} ASPアプリケーション及びコンテンツサービス提供者への注意事項`,
  },
  caCarrier: {
    quote: '電気通信事業法に定める基準を満たし、常に安定した品質の通信を提供しなければならない。',
    source: `${S002} §3.3.3`,
  },
  cancelHosting: {
    quote:
      'ホスティング解除申込書を解除希望日の 1か月前までに運営主体に提出する。この時点で…利用者との契約について、解除されていなければならない。',
    source: `${S002} §5.1.3(1)`,
  },
  feeReduction: {
    quote: '本施策の目的…に合致する料金体系としていることを明らかにした資料を添付し、J-LISへ申請書を提出',
    source: `${S001} LGWAN-ASP接続料金の減額制度について`,
  },
} satisfies Record<string, Requirement>;
