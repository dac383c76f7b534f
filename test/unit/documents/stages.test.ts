/**
 * One envelope per stage (002_0f100134b4811c0f.txt §5.1.1, 表5-1; 001_5b371a93b315b6e8.txt 手続きフロー):
 * the packet holds the next stage's documents, later stages stay open, and a combined packet is made
 * only when asked for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredDocuments } from '../../../src/shared/documents/required.js';
import { planStages } from '../../../src/shared/documents/stages.js';
import { loadWorkspace } from '../../../src/shared/model/load.js';
import type { Workspace } from '../../../src/shared/model/index.js';
import { ids, workspaceWith } from './build.js';

const sample = (name: string): Workspace => {
  const result = loadWorkspace(JSON.parse(readFileSync(`forms/samples/sample-${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
};
const plan = (ws: Workspace, combined = false) => planStages(ws, requiredDocuments(ws), { combined });
const mailed = (ws: Workspace) =>
  ids(plan(ws).documents.filter((d) => d.delivery === 'mail' || d.delivery === 'aid'));
const portal = (ws: Workspace) => ids(plan(ws).documents.filter((d) => d.delivery === 'portal'));
const pending = (ws: Workspace) => plan(ws).pending.map((p) => [p.stage.id, ids(p.documents)]);

describe('the samples are one stage each', () => {
  it('vendor: the paper review first; disclosure, the HO/FA/CA applications wait (002 §5.1.1(1)→(2))', () => {
    const ws = sample('vendor');
    expect(plan(ws).stage?.id).toBe('review');
    expect(mailed(ws)).toEqual([
      'cover-letter',
      'checklist',
      'participation-review',
      'fee-estimate',
      'schedule',
      'mailing-label',
    ]);
    expect(pending(ws)).toEqual([
      ['disclosure', ['nonpublic-disclosure']],
      [
        'applications',
        [
          'hosting-connection:ho-sample-hosting',
          'facility-registration:fa-sample-dc1',
          'communication-registration:ca-sample-closed-network',
        ],
      ],
    ]);
  });

  it('municipality (connected body): the pre-request is mailed, the review is a portal sheet (002 §5.1.1(1))', () => {
    const ws = sample('municipality');
    expect(plan(ws).stage?.id).toBe('review');
    expect(mailed(ws)).toEqual(['cover-letter', 'checklist', 'pre-request', 'mailing-label']);
    expect(portal(ws)).toEqual(['participation-review']);
  });

  it('category ⑦: the certification alone, the review after the 理事長 approves (002 表5-1 注1)', () => {
    const ws = sample('category7');
    expect(plan(ws).stage?.id).toBe('certification');
    expect(mailed(ws)).toEqual(['cover-letter', 'checklist', 'participation-certification', 'mailing-label']);
    expect(pending(ws)).toEqual([['review', ['participation-review']]]);
  });

  it('delegated: participation accepted and disclosed, so the applications, with the 委任状', () => {
    const ws = sample('delegated');
    expect(plan(ws).stage?.id).toBe('applications');
    expect(mailed(ws)).toEqual([
      'cover-letter',
      'checklist',
      'delegation',
      'communication-registration:ca-sample-wide-ether',
      'fa-ca-cancellation:fa-sample-old-dc',
      'mailing-label',
    ]);
    expect(pending(ws)).toEqual([]);
  });
});

describe('stage order', () => {
  const ho = { id: 'h', kind: 'HO' as const, name: 'HO' };
  it('after the review is accepted: the disclosure, then the applications once it is received', () => {
    const accepted = workspaceWith({ procedure: { participationAccepted: true } }, [ho]);
    expect(plan(accepted).stage?.id).toBe('disclosure');
    const disclosed = workspaceWith(
      { procedure: { participationAccepted: true, nonpublicDisclosed: true } },
      [ho],
    );
    expect(plan(disclosed).stage?.id).toBe('applications');
    const connected = workspaceWith(
      { procedure: { participationAccepted: true, nonpublicDisclosed: true } },
      [{ ...ho, connectionAccepted: true }],
    );
    expect(plan(connected).stage?.id).toBe('coordination');
    expect(ids(plan(connected).documents)).toContain('schedule-coordination:h');
  });

  it('a change or 解除 of the review is a portal sheet that goes with whatever stage comes, gating none', () => {
    const ws = workspaceWith(
      {
        procedure: { participationMode: 'change', participationAccepted: true, nonpublicDisclosed: true },
      },
      [{ id: 'f', kind: 'FA', name: 'FA' }],
    );
    expect(plan(ws).stage?.id).toBe('applications');
    expect(portal(ws)).toEqual(['participation-review']);
    const only = workspaceWith({ procedure: { participationMode: 'cancel', participationAccepted: true } });
    expect(plan(only).stage).toBeNull();
    expect(portal(only)).toEqual(['participation-review']);
  });

  it('combined puts every stage into one packet, and nothing is left pending', () => {
    const ws = sample('vendor');
    const all = plan(ws, true);
    expect(all.combined).toBe(true);
    expect(all.pending).toEqual([]);
    expect(ids(all.documents)).toEqual(ids(requiredDocuments(ws)));
  });
});
