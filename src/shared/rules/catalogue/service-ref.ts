import { serviceName } from '../../documents/format.js';
import type { ServiceRef } from '../../model/index.js';
import { checkAspCode } from '../../validation/asp-code.js';
import type { DocumentId, Report, RuleContext, ServiceKind } from '../types.js';

const KIND_NAME: Record<ServiceKind, string> = {
  AP: 'アプリケーション及びコンテンツサービス',
  HO: 'ホスティングサービス',
  CA: '通信サービス',
  FA: 'ファシリティサービス',
};

/**
 * Problems of a reference to the FA/CA/HO a service relies on (002 §5.1.1(2): chosen from the
 * LGWAN-ASPサービスリスト): one of this workspace's services of the right kind, or another
 * provider's, named with its ASPコード.
 */
export function refProblems(
  ctx: RuleContext,
  ref: ServiceRef,
  path: string,
  kind: ServiceKind,
  owner: string,
  documents: DocumentId[],
): Report[] {
  const what = `${owner}が利用する${KIND_NAME[kind]}`;
  if (ref.mode === 'none') {
    return [
      {
        message: `${what}を選んでください（この案件のサービス、又はサービスリストに載っている他社のサービス）。`,
        paths: [path],
        documents,
      },
    ];
  }
  if (ref.mode === 'internal') {
    if (ref.serviceId === '')
      return [{ message: `${what}を一覧から選んでください。`, paths: [`${path}.serviceId`], documents }];
    const target = ctx.service(ref.serviceId);
    if (!target)
      return [
        {
          message: `${what}に選んでいたサービスは削除されています。選び直してください。`,
          paths: [`${path}.serviceId`],
          documents,
        },
      ];
    if (target.kind !== kind)
      return [
        {
          message: `${what}に「${serviceName(target)}」（${KIND_NAME[target.kind]}）が選ばれています。${KIND_NAME[kind]}を選んでください。`,
          paths: [`${path}.serviceId`],
          documents,
        },
      ];
    if (target.status === 'cancelling')
      return [
        {
          message: `${what}「${target.name}」は解除予定です。解除後も使えるサービスを選んでください。`,
          paths: [`${path}.serviceId`],
          documents,
          severity: 'warning',
        },
      ];
    return [];
  }
  const missing: [string, string][] = [];
  if (ref.providerName.trim() === '') missing.push([`${path}.providerName`, '提供者名']);
  if (ref.serviceName.trim() === '') missing.push([`${path}.serviceName`, 'サービス名']);
  if (ref.aspCode.trim() === '') missing.push([`${path}.aspCode`, 'ASPコード']);
  const out: Report[] = [];
  if (missing.length > 0)
    out.push({
      message: `${what}（他社）の${missing.map(([, l]) => l).join('・')}を、LGWAN-ASPサービスリストのとおりに入力してください。`,
      paths: missing.map(([p]) => p),
      documents,
    });
  const code = ref.aspCode.trim() === '' ? undefined : checkAspCode(ref.aspCode);
  if (code) out.push({ message: `${what}: ${code.message}`, paths: [`${path}.aspCode`], documents });
  return out;
}
