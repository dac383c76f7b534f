/** Turning model values into the strings printed on the forms (pure, no React). */
import {
  ATTACHMENT_KINDS,
  FACILITY_AREAS,
  SERVICE_KINDS,
  type Address,
  type Attachment,
  type Person,
  type Service,
  type ServiceOf,
  type ServiceRef,
  type Workspace,
} from '../model/index.js';
import { formatWareki, isIsoDate } from '../text/wareki.js';

/** 〒102-8419 東京都千代田区一番町25番地 (the 〒 part only when a postal code is known). */
export function addressLine(address: Address): string {
  const place = `${address.prefecture}${address.rest}`;
  return address.postalCode ? `〒${address.postalCode}\u3000${place}` : place;
}

/** 代表取締役 山田 太郎 */
export function titleAndName(person: Pick<Person, 'title' | 'name'>): string {
  return [person.title, person.name].filter((s) => s !== '').join('\u3000');
}

/** 情報システム部 部長 山田 太郎 */
export function departmentTitleName(person: Pick<Person, 'department' | 'title' | 'name'>): string {
  return [person.department, person.title, person.name].filter((s) => s !== '').join('\u3000');
}

/** 山田 太郎（ヤマダ タロウ）: the name with its reading, when one was entered. */
export function nameWithKana(person: Pick<Person, 'name' | 'nameKana'>): string {
  return person.nameKana ? `${person.name}（${person.nameKana}）` : person.name;
}

/** 03-5555-0100 FAX 03-5555-0101 */
export function phoneAndFax(holder: { phone: string; fax: string }): string {
  return [holder.phone, holder.fax ? `FAX ${holder.fax}` : ''].filter(Boolean).join('\u3000');
}

/** 和暦 for a filled-in date; blank dates stay blank so the box can be filled in by hand. */
export function warekiOrBlank(iso: string): string {
  return iso && isIsoDate(iso) ? formatWareki(iso) : iso;
}

export function findService(workspace: Workspace, id: string | undefined): Service | undefined {
  return id === undefined ? undefined : workspace.services.find((s) => s.id === id);
}

/** The service a per-service template prints; a missing one is a programming error, not user input. */
export function requireService<K extends Service['kind']>(
  workspace: Workspace,
  id: string | undefined,
  kinds: readonly K[],
): ServiceOf<K> {
  const service = findService(workspace, id);
  if (!service || !(kinds as readonly string[]).includes(service.kind)) {
    throw new Error(
      `書類の対象サービス（ID: ${id ?? '未指定'}）が案件にありません。サービスを確認してから作り直してください。`,
    );
  }
  return service as ServiceOf<K>;
}

/** 「（名称未入力のホスティングサービス）」 for a service not named yet: every screen, reason and list names it so. */
export function serviceName(service: Pick<Service, 'name' | 'kind'>): string {
  return service.name || `（名称未入力の${SERVICE_KINDS[service.kind]}）`;
}

/** 「サービス名（ASPコード: X）」: how a service is named on forms and in the cover letter. */
export function serviceLabel(service: Pick<Service, 'name' | 'aspCode'>): string {
  return service.aspCode ? `${service.name}（ASPコード: ${service.aspCode}）` : service.name;
}

/** A service this one relies on: one of the workspace's own, or another organisation's by ASPコード. */
export function serviceRefText(workspace: Workspace, ref: ServiceRef): string {
  if (ref.mode === 'internal') {
    const own = findService(workspace, ref.serviceId);
    return own ? `${workspace.provider.name}\u3000${serviceLabel(own)}` : '';
  }
  if (ref.mode === 'external') {
    const code = ref.aspCode ? `（ASPコード: ${ref.aspCode}）` : '';
    return `${ref.providerName}\u3000${ref.serviceName}${code}`;
  }
  return '';
}

export function kindLabel(kind: Service['kind']): string {
  return `${SERVICE_KINDS[kind]}（${kind}）`;
}

/** 「ファシリティ写真（電源設備）: 受変電設備」 */
export function attachmentTitle(attachment: Attachment): string {
  const area = attachment.area ? `（${FACILITY_AREAS[attachment.area]}）` : '';
  const caption = attachment.caption || attachment.file.originalName;
  return `${ATTACHMENT_KINDS[attachment.kind]}${area}: ${caption}`;
}

const BANDWIDTH_LABELS: Record<string, string> = {
  '10M': '10Mbps',
  '50M': '50Mbps',
  '100M': '100Mbps',
  '200M': '200Mbps',
  '300M': '300Mbps',
  '500M': '500Mbps',
  '1G': '1Gbps',
};

/** 100Mbps; a line bandwidth not chosen yet stays blank. */
export function bandwidthText(bandwidth: string | null): string {
  return bandwidth ? (BANDWIDTH_LABELS[bandwidth] ?? bandwidth) : '';
}

/** A yes/no answer as a sentence fragment for list cells; null stays blank. */
export function yesNo(value: boolean | null, yes = 'はい', no = 'いいえ'): string {
  return value === null ? '' : value ? yes : no;
}

/** A print formatter that applies to services of the given kinds (the instance's or a hosted AP). */
export const onService =
  <K extends Service['kind']>(
    kinds: readonly K[],
    format: (service: ServiceOf<K>, ws: Workspace) => string,
  ) =>
  (ws: Workspace, service: Service | undefined): string =>
    service && (kinds as readonly string[]).includes(service.kind) ? format(service as ServiceOf<K>, ws) : '';
