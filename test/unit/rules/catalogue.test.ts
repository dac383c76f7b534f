import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/shared/documents/index.js';
import {
  CANCELLATION_FIELDS,
  SERVICE_FIELDS,
  WORKSPACE_FIELDS,
} from '../../../src/shared/rules/catalogue/required-fields.js';
import { checkWorkspace, RULES } from '../../../src/shared/rules/engine.js';
import { CASES } from '../../fixtures/rules/cases.js';
import { TODAY } from '../../fixtures/rules/workspaces.js';

const SEED_OR_DESIGN = /^(00[0-4]_[0-9a-f]{16}\.txt |DESIGN §)/;

describe('rule catalogue', () => {
  it('gives every rule a unique id, a seed source and cases that fire and keep it quiet', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.source, rule.id).toMatch(SEED_OR_DESIGN);
      expect(CASES[rule.id]?.fire.length ?? 0, `${rule.id}: no case that fires it`).toBeGreaterThan(0);
      expect(CASES[rule.id]?.quiet.length ?? 0, `${rule.id}: no case that keeps it quiet`).toBeGreaterThan(0);
    }
    expect(Object.keys(CASES).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

for (const rule of RULES) {
  const cases = CASES[rule.id];
  if (!cases) continue;
  describe(`${rule.id}: ${rule.title}`, () => {
    for (const c of cases.fire) {
      it(`fires: ${c.name}`, () => {
        const found = checkWorkspace(c.ws(), { today: TODAY }).findings.filter((f) => f.ruleId === rule.id);
        const match = found.find((f) => c.message.test(f.message));
        expect(match, `messages: ${found.map((f) => f.message).join(' / ') || '(none)'}`).toBeDefined();
        if (!match) return;
        expect(match.severity).toBe(c.severity);
        expect(match.paths).toEqual(expect.arrayContaining(c.paths));
        expect([...new Set(match.documents)].sort()).toEqual([...c.documents].sort());
        expect(match.source).toMatch(SEED_OR_DESIGN);
        if (c.source) expect(match.source).toMatch(c.source);
        if (c.fix) expect(match.fix).toEqual(c.fix);
      });
    }
    for (const c of cases.quiet) {
      it(`stays quiet: ${c.name}`, () => {
        const found = checkWorkspace(c.ws(), { today: TODAY }).findings.filter((f) => f.ruleId === rule.id);
        expect(found.map((f) => f.message)).toEqual([]);
      });
    }
  });
}

describe('required-field tables', () => {
  // A value no form prints is never reported missing, so an entry without a printing form is dead.
  const printed = CATALOG.flatMap((d) => d.fields.map((f) => f.path));
  const covered = (path: string) => printed.some((p) => path === p || path.startsWith(`${p}.`));

  it('lists only values some form prints', () => {
    for (const f of WORKSPACE_FIELDS) expect(covered(f.path), f.path).toBe(true);
    for (const [kind, list] of Object.entries(SERVICE_FIELDS))
      for (const f of [...list, ...CANCELLATION_FIELDS])
        expect(covered(`services.*.${f.printedAs ?? f.field}`), `${kind} ${f.field}`).toBe(true);
  });
});

describe('one finding per gap', () => {
  it('never reports the same field twice at the same severity', () => {
    for (const [id, cases] of Object.entries(CASES)) {
      for (const c of cases.fire) {
        const seen = new Map<string, string>();
        for (const f of checkWorkspace(c.ws(), { today: TODAY }).findings) {
          for (const path of f.paths) {
            const key = `${f.severity} ${path}`;
            const other = seen.get(key);
            expect(
              other === undefined || other === f.ruleId,
              `${id} / ${c.name}: ${key} by ${other} and ${f.ruleId}`,
            ).toBe(true);
            seen.set(key, f.ruleId);
          }
        }
      }
    }
  });
});
