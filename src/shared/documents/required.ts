import { CATALOG, documentDefinition, isDocumentId } from '../../../forms/catalog.js';
import type { Workspace } from '../model/index.js';
import type { RequiredDocument } from './types.js';
import { withChangeDocuments } from '../lifecycle/change-documents.js';

/**
 * The document instances this workspace's packet holds, in packet order (forms/catalog.ts), each
 * with the reason it is needed. Per-service documents appear once per service, in the order the
 * services are listed.
 */
export function requiredDocuments(ws: Workspace): RequiredDocument[] {
  const firstFiling = CATALOG.flatMap((def) =>
    def.requiredWhen(ws).map((instance) => ({
      id: def.id,
      title: def.title,
      reason: instance.reason,
      ...(instance.serviceId === undefined ? {} : { serviceId: instance.serviceId }),
    })),
  );
  // Then what the changes since the last accepted filing need (src/shared/lifecycle).
  return withChangeDocuments(ws, firstFiling);
}

/** Official title of a document; unknown ids (e.g. from a newer app) are shown as they are. */
export function documentTitle(id: string): string {
  return isDocumentId(id) ? documentDefinition(id).title : id;
}
