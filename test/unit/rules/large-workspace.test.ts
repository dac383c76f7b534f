import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';
import { largeWorkspace } from '../../fixtures/rules/large-workspace.js';
import { TODAY } from '../../fixtures/rules/workspaces.js';

describe('a workspace with 1,000 services', () => {
  it('needs one form per service and finds nothing when every service is complete', () => {
    const ws = largeWorkspace(1000);
    const result = checkWorkspace(ws, { today: TODAY });
    const perService = result.requiredDocuments.filter((d) => d.serviceId !== undefined);
    expect(perService).toHaveLength(ws.services.filter((s) => s.kind !== 'AP').length);
    expect(result.findings).toEqual([]);
  });

  it('points a gap in one copy at that copy only', () => {
    const ws = largeWorkspace(1000);
    const target = ws.services.find((s) => s.id === 'fa-sample-dc1-123');
    if (target?.kind !== 'FA') throw new Error('fixture');
    target.entryControl = '';
    const findings = checkWorkspace(ws, { today: TODAY }).findings;
    expect(findings.map((f) => [f.ruleId, f.paths])).toEqual([
      ['fa.entry-control', ['services.fa-sample-dc1-123.entryControl']],
    ]);
  });
});
