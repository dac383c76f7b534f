import { WorkspaceSchema, type Workspace } from '../../../src/shared/model/workspace.js';

export const CRASH_WORKSPACE_ID = 'c7a5e0de-0000-4000-8000-000000000001';

/**
 * Version `n` of the workspace the crash test saves: every field that changes carries `n`, and
 * the number of services (so the file size) varies, so a file mixing two saves cannot look like
 * either of them.
 */
export const versionOf = (n: number): Workspace =>
  WorkspaceSchema.parse({
    id: CRASH_WORKSPACE_ID,
    title: `保存${n}`,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    provider: {
      name: `株式会社版${n}`,
      nameKana: 'カブシキガイシャ',
      address: { rest: `番地${n}`.repeat(1 + (n % 5)) },
    },
    services: Array.from({ length: 1 + (n % 7) }, (_, i) => ({
      id: `svc-${i}`,
      kind: 'AP',
      name: `サービス${i}-版${n}`,
    })),
  });

/** The version number a loaded workspace claims, from its title. */
export const versionNumberOf = (ws: Workspace): number => Number(/^保存(\d+)$/.exec(ws.title)?.[1] ?? NaN);
