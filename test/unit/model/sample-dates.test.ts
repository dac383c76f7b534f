/**
 * A workspace made from a sample on a later day keeps its dates at the same distance from today
 * (forms/samples/README.md: the samples are written as of 2026-11-22), so it is as clean as the
 * sample — the connection date never lies in the past.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkspaceSchema, type Workspace } from '../../../src/shared/model/index.js';
import { SAMPLE_REFERENCE_DAY, rebaseSampleDates } from '../../../src/shared/model/sample-dates.js';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';

const sample = (name: string): Workspace =>
  WorkspaceSchema.parse(JSON.parse(readFileSync(`forms/samples/sample-${name}.json`, 'utf8')));
const ho = (ws: Workspace) => ws.services.find((s) => s.kind === 'HO');
const problems = (ws: Workspace, today: string) =>
  checkWorkspace(ws, { today })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.message);

describe('sample dates follow today', () => {
  it('moves every calendar date by the whole months since the reference day', () => {
    const moved = rebaseSampleDates(sample('vendor'), '2028-06-15');
    // 2026-11-22 → 2028-06-15 is 18 whole months (the 22nd of June is not reached yet).
    expect(ho(moved)?.kind === 'HO' && ho(moved)?.desiredConnectionDate).toBe('2029-04-01');
    const fa = moved.services.find((s) => s.kind === 'FA');
    expect(fa?.kind === 'FA' && fa.certifications[0]?.validUntil).toBe('2029-09-30');
  });

  it('keeps the check as clean as the sample on its reference day', () => {
    for (const name of ['vendor', 'municipality', 'category7', 'delegated']) {
      const reference = problems(sample(name), SAMPLE_REFERENCE_DAY);
      for (const today of ['2027-06-01', '2028-06-15', '2031-02-28']) {
        expect(problems(rebaseSampleDates(sample(name), today), today), `${name} ${today}`).toEqual(
          reference,
        );
      }
    }
  });

  it('leaves timestamps, free text and a sample used on or before its day as they are', () => {
    const original = sample('vendor');
    const moved = rebaseSampleDates(original, '2028-06-15');
    expect(moved.createdAt).toBe(original.createdAt);
    expect(moved.attachments.map((a) => a.addedAt)).toEqual(original.attachments.map((a) => a.addedAt));
    expect(ho(moved)?.overview).toBe(ho(original)?.overview);
    expect(rebaseSampleDates(original, '2026-12-21')).toBe(original);
    expect(rebaseSampleDates(original, '2026-01-01')).toBe(original);
  });
});
