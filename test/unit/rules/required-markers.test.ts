/**
 * The editor's required markers and the field.required rule read one list, and its messages name
 * a value as the form prints it (the binding's label): drift cases that were bugs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredPaths } from '../../../src/renderer/src/state/completeness.js';
import { WorkspaceSchema, type Workspace } from '../../../src/shared/model/index.js';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';

const load = (name: string): Workspace =>
  WorkspaceSchema.parse(JSON.parse(readFileSync(`forms/samples/${name}`, 'utf8')));
const TODAY = '2026-11-22';
const AREAS = ['installation', 'power', 'air-conditioning', 'monitoring', 'earthquake'] as const;

const requiredFindings = (ws: Workspace) =>
  checkWorkspace(ws, { today: TODAY }).findings.filter((f) => f.ruleId === 'field.required');

describe('required markers', () => {
  it('marks the business summary and the five facility areas, which the forms cannot do without', () => {
    const ws = load('sample-vendor.json');
    ws.provider.businessSummary = '';
    const fa = ws.services.find((s) => s.kind === 'FA')!;
    if (fa.kind !== 'FA') throw new Error('sample without a facility');
    for (const area of AREAS) fa.areas[area] = '';
    const wanted = ['provider.businessSummary', ...AREAS.map((a) => `services.${fa.id}.areas.${a}`)];
    const reported = requiredFindings(ws).flatMap((f) => f.paths);
    expect(reported).toEqual(expect.arrayContaining(wanted));
    const marked = requiredPaths(ws, checkWorkspace(ws, { today: TODAY }).requiredDocuments);
    expect(wanted.filter((p) => !marked.has(p))).toEqual([]);
  });

  it.each([
    'sample-vendor.json',
    'sample-municipality.json',
    'sample-delegated.json',
    'sample-category7.json',
  ])('%s: every value the rule reports missing is marked, blank or filled', (name) => {
    const filled = load(name);
    const blank = JSON.parse(JSON.stringify(filled), (_key, value: unknown) =>
      // Japanese text goes; ids, choices, dates and codes (ASCII) stay, so the workspace stays valid.
      typeof value === 'string' && /[^\x20-\x7e]/.test(value) ? '' : value,
    ) as Workspace;
    for (const ws of [filled, blank]) {
      const marked = requiredPaths(ws, checkWorkspace(ws, { today: TODAY }).requiredDocuments);
      expect(
        requiredFindings(ws)
          .flatMap((f) => f.paths)
          .filter((p) => !marked.has(p)),
      ).toEqual([]);
    }
  });
});

describe('the rule names a value as the form prints it', () => {
  it('asks for a communication service’s 提供可能地域 by the registration form’s name for it', () => {
    const ws = load('sample-vendor.json');
    const ca = ws.services.find((s) => s.kind === 'CA')!;
    if (ca.kind !== 'CA') throw new Error('sample without a communication service');
    ca.regions = '';
    const finding = requiredFindings(ws).find((f) => f.paths.includes(`services.${ca.id}.regions`));
    expect(finding?.message).toContain('の提供可能地域を入力してください');
  });
});
