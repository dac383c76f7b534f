/** Small workspaces for requiredness tests: a blank workspace plus only what the case is about. */
import {
  ServiceSchema,
  WorkspaceSchema,
  type Service,
  type Workspace,
  type WorkspaceInput,
} from '../../../src/shared/model/index.js';

type ServiceInput = { id: string; kind: Service['kind'] } & Record<string, unknown>;

export function workspaceWith(patch: Partial<WorkspaceInput> = {}, services: ServiceInput[] = []): Workspace {
  return WorkspaceSchema.parse({
    id: 'test',
    createdAt: '2026-11-22T00:00:00.000Z',
    updatedAt: '2026-11-22T00:00:00.000Z',
    ...patch,
    services: services.map((s) => ServiceSchema.parse(s)),
  });
}

export const ids = (docs: readonly { id: string; serviceId?: string }[]): string[] =>
  docs.map((d) => (d.serviceId ? `${d.id}:${d.serviceId}` : d.id));
