/** The README sample as J-LIS accepted it, and helpers to edit it afterwards. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadWorkspace } from '../../../src/shared/model/load.js';
import { recordAnswer, recordFiling } from '../../../src/shared/lifecycle/record.js';
import type { ApService, HoService, Service, Workspace } from '../../../src/shared/model/index.js';

const SAMPLE = fileURLToPath(new URL('../../../forms/samples/sample-vendor.json', import.meta.url));

export function sample(): Workspace {
  const loaded = loadWorkspace(JSON.parse(readFileSync(SAMPLE, 'utf8')));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.workspace;
}

/** The sample mailed on 2026-12-01 and accepted on 2027-01-10, the hosting given an ASPコード. */
export function acceptedSample(): Workspace {
  const filed = recordFiling(sample(), { filedOn: '2026-12-01', now: new Date('2026-12-01T09:00:00+09:00') });
  return recordAnswer(filed, {
    answer: 'accepted',
    answeredOn: '2027-01-10',
    aspCodes: { 'ho-sample-hosting': 'H0001234' },
    portalUserIdIssued: true,
  });
}

/** A deep copy edited by `edit`, as the editor produces a new workspace. */
export function edited(ws: Workspace, edit: (draft: Workspace) => void): Workspace {
  const draft = structuredClone(ws);
  edit(draft);
  return draft;
}

export const service = <K extends Service['kind']>(ws: Workspace, id: string) =>
  ws.services.find((s) => s.id === id) as Extract<Service, { kind: K }>;
export const hosting = (ws: Workspace): HoService => service<'HO'>(ws, 'ho-sample-hosting');

/** A new AP service, never filed, copied from one of the sample's. */
export function addAp(ws: Workspace, id: string, name: string): void {
  const ap: ApService = structuredClone(service<'AP'>(ws, 'ap-sample-documents'));
  ws.services.push({ ...ap, id, name, status: 'planned', aspCode: '' });
  hosting(ws).hostedApIds.push(id);
}
