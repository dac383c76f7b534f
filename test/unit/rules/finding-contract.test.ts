import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkspaceSchema, type Workspace } from '../../../src/shared/model/index.js';
import { checkWorkspace, type CheckResult } from '../../../src/shared/rules/engine.js';
import { valueAt } from '../../../src/shared/rules/values.js';
import { CASES } from '../../fixtures/rules/cases.js';
import { sample, TODAY } from '../../fixtures/rules/workspaces.js';

const SLOT =
  /^attachments\.slot\.[^.]+\.(facility-photo|network-topology|certification-copy|pricing-material|other)(\.(installation|power|air-conditioning|monitoring|earthquake))?$/;

/** What the UI relies on: every path leads to a field (or a checklist slot), every document is in the packet. */
function expectContract(ws: Workspace, result: CheckResult): void {
  const required = new Set(result.requiredDocuments.map((d) => d.id));
  for (const f of result.findings) {
    expect(f.message.length, f.ruleId).toBeGreaterThan(0);
    expect(f.paths.length, `${f.ruleId}: ${f.message}`).toBeGreaterThan(0);
    for (const path of f.paths) {
      const ok = SLOT.test(path) || valueAt(ws, path) !== undefined;
      expect(ok, `${f.ruleId}: path ${path} does not resolve`).toBe(true);
    }
    for (const d of f.documents) expect(required.has(d), `${f.ruleId}: ${d} is not required`).toBe(true);
    expect(f.source).toMatch(/^(00[0-4]_[0-9a-f]{16}\.txt |DESIGN §)/);
  }
}

describe('finding contract with the UI', () => {
  it('holds for every case of the catalogue', () => {
    for (const cases of Object.values(CASES)) {
      for (const c of cases.fire) {
        const ws = c.ws();
        expectContract(ws, checkWorkspace(ws, { today: TODAY }));
      }
    }
  });

  it('holds for workspaces with arbitrary edits, and the engine never throws', () => {
    const base = sample('vendor');
    const strings = fc.oneof(
      fc.constant(''),
      fc.string(),
      fc.constantFrom('㈱テスト①', '\u{2A6D6}', 'ｶﾀｶﾅ', '2027-02-30', '0000000000000', 'x'.repeat(400)),
    );
    const answers = fc.constantFrom(true, false, null);
    const edit = fc.record({
      service: fc.integer({ min: 0, max: base.services.length - 1 }),
      text: strings,
      answer: answers,
      field: fc.constantFrom(
        'name',
        'overview',
        'aspCode',
        'facilityName',
        'entryControl',
        'serverAddresses',
      ),
      flag: fc.constantFrom(
        'inJapan',
        'jlisMayEnter',
        'runsOnPublicCloud',
        'remoteAccess',
        'firewallAttested',
      ),
      status: fc.constantFrom('planned', 'registered', 'cancelling'),
      providerText: strings,
      category: fc.constantFrom(null, '1', '6', '7'),
      connected: answers,
      representative: fc.boolean(),
      dropAttachment: fc.integer({ min: -1, max: base.attachments.length - 1 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const ws = structuredClone(base) as Workspace & { services: Record<string, unknown>[] };
        for (const e of edits) {
          const s = ws.services[e.service];
          if (s) {
            s[e.field] = e.text;
            s[e.flag] = e.answer;
            s.status = e.status;
          }
          ws.provider.name = e.providerText;
          ws.provider.category = e.category;
          ws.provider.connectedBody = e.connected;
          ws.applicant.isRepresentative = e.representative;
          if (e.dropAttachment >= 0) ws.attachments.splice(e.dropAttachment, 1);
        }
        const valid = WorkspaceSchema.parse(ws);
        expectContract(valid, checkWorkspace(valid, { today: TODAY }));
      }),
      { numRuns: 150 },
    );
  });
});
