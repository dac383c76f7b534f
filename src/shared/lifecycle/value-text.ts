/**
 * A stored value as the lines a person compares in a 変更前/変更後 table. Enum codes become the
 * labels the forms print (from the model's label tables), references become names.
 */
import {
  ADMIN_FIELDS,
  CONNECTION_PATTERNS,
  PROVIDER_CATEGORIES,
  REMOTE_ACCESS_REQUIREMENTS,
  ROUTER_OWNERSHIPS,
  SERVICE_AREAS,
  type Attachment,
  type Workspace,
} from '../model/index.js';
import { addressLine, attachmentTitle, serviceRefText } from '../documents/format.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Label tables by the field name they belong to. */
const CODES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pattern: CONNECTION_PATTERNS,
  area: SERVICE_AREAS,
  category: PROVIDER_CATEGORIES,
  routerOwnership: ROUTER_OWNERSHIPS,
  adminFields: Object.fromEntries(Object.entries(ADMIN_FIELDS).map(([k, v]) => [k, `${k} ${v}`])),
};

const BANDWIDTH = /^(\d+)([MG])$/;

function scalar(value: unknown, field: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  const table = CODES[field];
  if (table && Object.hasOwn(table, value)) return table[value] ?? value;
  if (field.toLowerCase().endsWith('bandwidth')) {
    const m = BANDWIDTH.exec(value);
    if (m) return `${m[1]}${m[2] === 'G' ? 'Gbps' : 'Mbps'}`;
  }
  return value;
}

/** The printed lines of `value`, the value of field `field` (its last path segment). */
export function valueLines(value: unknown, field: string, ws: Workspace): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => valueLines(v, field, ws)).filter(Boolean);
  if (!isRecord(value)) {
    const text = scalar(value, field);
    return text === '' ? [] : [text];
  }
  if ('mode' in value && 'serviceId' in value) {
    const text = serviceRefText(ws, value as Parameters<typeof serviceRefText>[1]);
    return text === '' ? [] : [text];
  }
  if ('postalCode' in value && 'prefecture' in value) {
    const text = addressLine(value as Parameters<typeof addressLine>[0]);
    return text === '' ? [] : [text];
  }
  if (field === 'attachments' && 'kind' in value && isRecord(value.file)) {
    return [attachmentTitle(value as Attachment)];
  }
  // A row (protocol, certification, contact, remote-access checklist): its filled values on one line.
  const parts = Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'boolean'
      ? v
        ? [(REMOTE_ACCESS_REQUIREMENTS as Record<string, string>)[k] ?? k]
        : []
      : valueLines(v, k, ws),
  );
  return parts.length === 0 ? [] : [parts.join('\u3000')];
}

/** Two values print the same (rows compared regardless of their order). */
export function sameLines(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((line, i) => line === y[i]);
}
