/**
 * A template prints only what its definition lists: every template is rendered against every
 * sample with the ReadTracker (the document cache's own record of what a rendering read), and each
 * workspace path it read must be one of its definition's field paths (or their `reads`), a part of
 * one, or on the way to one. A template that starts printing a value its definition does not list
 * fails here, so the overflow check, the required list and the change list cannot miss it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAMED_PEOPLE } from '../../../forms/_parts/layout.js';
import { CATALOG, documentDefinition } from '../../../forms/catalog.js';
import { planPacket } from '../../../src/main/services/render/document-plan.js';
import { runDocumentJob } from '../../../src/main/services/render/document-job.js';
import { contextFor, type RenderRequest } from '../../../src/main/services/render/render-workspace.js';
import type { DocumentId } from '../../../src/shared/documents/types.js';
import { WorkspaceSchema, type Workspace } from '../../../src/shared/model/index.js';
import { DATE, loadFixture } from './setup.js';

const sample = async (name: string): Promise<Workspace> =>
  WorkspaceSchema.parse(JSON.parse(await readFile(resolve('forms/samples', name), 'utf8')));

/** The fixture later in the procedure, so the documents of those stages are rendered too. */
async function later(): Promise<Workspace[]> {
  const accepted = await loadFixture();
  accepted.procedure.participationAccepted = true;
  for (const s of accepted.services) if (s.kind === 'HO') s.connectionAccepted = true;
  const ending = await loadFixture();
  for (const s of ending.services) if (s.kind !== 'AP') s.status = 'cancelling';
  return [accepted, ending];
}

/**
 * Reads that find what to print rather than print it: the list of services and each one's id and
 * kind (which instance, which hosted AP, which referenced facility).
 */
const LOCATING = new Set(['services', 'services.length', 'services.*', 'services.*.id', 'services.*.kind']);

/** Reads that shape lines rather than print: every form keeps the names of these people whole. */
const NAME_HINTS = NAMED_PEOPLE.flatMap((p) => [`${p}.name`, `${p}.nameKana`]);

/** `services.3.name` → `services.*.name`: every service is read through the same bindings. */
const normalise = (path: readonly string[]): string =>
  path.map((key, i) => (i === 1 && path[0] === 'services' && /^\d+$/.test(key) ? '*' : key)).join('.');

function listed(id: DocumentId): string[] {
  const d = documentDefinition(id);
  return d.fields.flatMap((f) => [f.path, ...(f.reads ?? [])]);
}

const covered = (path: string, paths: readonly string[], encloses: boolean): boolean =>
  LOCATING.has(path) ||
  NAME_HINTS.some((p) => p === path || p.startsWith(`${path}.`)) ||
  // The attachments a form lists are the ones it binds in (its `encloses`).
  (encloses && (path === 'attachments' || path.startsWith('attachments.'))) ||
  paths.some((p) => p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));

const unlisted = new Map<DocumentId, Set<string>>();
const rendered = new Set<DocumentId>();

beforeAll(async () => {
  const workspaces = [
    await loadFixture(),
    await sample('sample-vendor.json'),
    await sample('sample-municipality.json'),
    await sample('sample-delegated.json'),
    await sample('sample-category7.json'),
    ...(await later()),
  ];
  for (const workspace of workspaces) {
    const request = { workspace } as RenderRequest;
    for (const plan of planPacket(workspace, { combined: true }).documents) {
      const id = plan.id as DocumentId;
      const context = contextFor(request, plan, DATE, true, []);
      const { reads } = await runDocumentJob({ context, trackReads: true });
      rendered.add(id);
      const paths = listed(id);
      const encloses = (documentDefinition(id).encloses ?? []).length > 0;
      for (const [, path] of reads ?? []) {
        const p = normalise(path);
        if (!covered(p, paths, encloses)) unlisted.set(id, (unlisted.get(id) ?? new Set()).add(p));
      }
    }
  }
}, 600_000);

describe('templates read only what their definitions list', () => {
  it.each(CATALOG.map((d) => d.id))('%s', (id) => {
    expect(rendered.has(id), `${id}: どの見本からも作られませんでした`).toBe(true);
    if (process.env.DUMP_READS) console.log(id, JSON.stringify([...(unlisted.get(id) ?? [])].sort()));
    expect([...(unlisted.get(id) ?? [])].sort()).toEqual([]);
  });
});
