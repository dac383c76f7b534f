import { describe, expect, it } from 'vitest';
import type { Service, Workspace } from '../../../src/shared/model/index.js';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';
import { sample, TODAY, V } from '../../fixtures/rules/workspaces.js';

// The editor updates immutably (setAt copies only the objects along the edited path) and the engine
// keeps per-object results; these edits go through the same kind of copy.
const replaceService = (ws: Workspace, id: string, edit: (s: Service) => Service): Workspace => ({
  ...ws,
  services: ws.services.map((s) => (s.id === id ? edit(s) : s)),
});
const ruleIds = (ws: Workspace) => checkWorkspace(ws, { today: TODAY }).findings.map((f) => f.ruleId);

describe('results kept for unchanged objects follow every edit', () => {
  it('a 機種依存文字 typed into one service appears and disappears with the edit', () => {
    const clean = sample('vendor');
    expect(ruleIds(clean)).toEqual([]);
    const typed = replaceService(clean, V.fa, (s) => ({ ...s, overview: '㈱サンプルの第Ⅱ期棟' }));
    const found = checkWorkspace(typed, { today: TODAY }).findings;
    expect(found.map((f) => [f.ruleId, f.paths])).toEqual([
      ['text.machine-dependent', [`services.${V.fa}.overview`]],
    ]);
    expect(found[0]?.message).toContain('「Ⅱ」→「II」');
    const undone = replaceService(typed, V.fa, (s) => ({ ...s, overview: 'サンプルの第2期棟' }));
    expect(ruleIds(undone)).toEqual([]);
  });

  it('a reference prints the referenced service’s current name even when the referring service is unchanged', () => {
    const clean = sample('vendor');
    const longName = 'サンプル第一データセンター'.repeat(12);
    const renamed = replaceService(clean, V.fa, (s) => ({ ...s, name: longName }));
    const overflow = checkWorkspace(renamed, { today: TODAY }).findings.filter(
      (f) => f.ruleId === 'text.overflow' && f.paths.includes(`services.${V.ho}.facility`),
    );
    expect(overflow.map((f) => f.documents)).toEqual([['hosting-connection']]);
    const back = replaceService(renamed, V.fa, (s) => ({ ...s, name: 'サンプル第一データセンター' }));
    expect(
      checkWorkspace(back, { today: TODAY }).findings.filter((f) =>
        f.paths.includes(`services.${V.ho}.facility`),
      ),
    ).toEqual([]);
  });

  it('lists errors before warnings before information', () => {
    const ws = replaceService(sample('vendor'), V.ap, (s) =>
      s.kind === 'AP'
        ? {
            ...s,
            runsOnPublicCloud: true,
            termsReady: false,
            extraProtocols: [{ protocol: 'SSH', port: '22', purpose: '保守' }],
          }
        : s,
    );
    const severities = checkWorkspace(ws, { today: TODAY }).findings.map((f) => f.severity);
    expect(severities).toEqual(['error', 'warning', 'info']);
  });
});
