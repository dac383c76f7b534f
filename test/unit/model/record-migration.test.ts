/**
 * Version 1 → 2 (the filing record): the four samples as version 1 wrote them load with nothing
 * dropped, and a status set by hand becomes a record of acceptance dated "unknown".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changesSinceAccepted } from '../../../src/shared/lifecycle/changes.js';
import { loadWorkspace } from '../../../src/shared/model/load.js';
import { WORKSPACE_FORMAT_VERSION } from '../../../src/shared/model/workspace.js';

const V1 = ['sample-vendor', 'sample-delegated', 'sample-municipality', 'sample-category7'];
const read = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../fixtures/workspaces/v1/${name}.json`, import.meta.url)),
      'utf8',
    ),
  ) as Record<string, unknown>;

/** Every leaf of `value` as [path, value]. */
function leaves(value: unknown, path: string[] = []): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path.join('.'), value]];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return [[path.join('.'), value]];
  return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
}

function at(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path === '' ? [] : path.split('.')) node = (node as Record<string, unknown>)[key];
  return node;
}

describe('migration 1 → 2: the filing record', () => {
  it.each(V1)('%s (version 1) loads with every value it had, and nothing set aside', (name) => {
    const raw = read(name);
    expect(raw.formatVersion).toBe(1);
    const loaded = loadWorkspace(raw);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.workspace.formatVersion).toBe(WORKSPACE_FORMAT_VERSION);
    expect(loaded.workspace.quarantine).toEqual(raw.quarantine ?? []);
    expect(loaded.repairs.map((r) => r.message)).toEqual([
      expect.stringMatching(/^形式バージョン1から2に更新しました/),
    ]);
    for (const [path, value] of leaves(raw)) {
      if (path === 'formatVersion') continue;
      expect(at(loaded.workspace, path), path).toEqual(value);
    }
  });

  it('a hand-set status and participation become an acceptance dated unknown, with no change pending', () => {
    const raw = read('sample-delegated');
    const loaded = loadWorkspace(raw);
    if (!loaded.ok) throw new Error(loaded.error);
    const ws = loaded.workspace;
    expect(ws.filings).toHaveLength(1);
    const filing = ws.filings[0];
    expect(filing?.filedOn).toBe('');
    expect(filing?.documents.map((d) => [d.documentId, d.serviceId, d.answer, d.answeredOn])).toEqual([
      ['participation-review', '', 'accepted', ''],
      ['communication-registration', 'ca-sample-leased-line', 'accepted', ''],
      ['facility-registration', 'fa-sample-old-dc', 'accepted', ''],
    ]);
    expect(filing?.documents[1]?.aspCodes).toEqual({ 'ca-sample-leased-line': 'C0000001' });
    expect(ws.services.map((s) => s.status)).toEqual(['planned', 'registered', 'cancelling']);
    expect(ws.procedure.participationAccepted).toBe(true);
    // The data as it is now is what J-LIS has on file: only the cancellation the user asked for is due.
    expect(changesSinceAccepted(ws).map((d) => `${d.id}:${d.mode}`)).toEqual(['fa-ca-cancellation:cancel']);
  });

  it('a workspace with nothing filed gets an empty record', () => {
    const loaded = loadWorkspace(read('sample-vendor'));
    expect(loaded.ok && loaded.workspace.filings).toEqual([]);
  });
});
