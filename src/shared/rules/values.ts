/**
 * Reading workspace values by finding path. Same grammar as the renderer (state/paths.ts): array
 * items with an `id` (services, attachments) are addressed by that id, others by index.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const valueAt = (root: unknown, path: string): unknown => valueAtSegments(root, path.split('.'));

export function valueAtSegments(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const list: unknown[] = node;
      const byId = list.find((item) => isRecord(item) && item.id === segment);
      node = byId ?? (/^\d+$/.test(segment) ? list[Number(segment)] : undefined);
    } else if (isRecord(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Blank as the user sees it: nothing typed, nothing chosen, not answered. */
export const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);
