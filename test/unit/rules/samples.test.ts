import { describe, expect, it } from 'vitest';
import { checkWorkspace, type CheckResult } from '../../../src/shared/rules/engine.js';
import { sample, TODAY, V, D, type SampleName } from '../../fixtures/rules/workspaces.js';

const docs = (r: CheckResult) =>
  r.requiredDocuments.map((d) => (d.serviceId ? `${d.id}:${d.serviceId}` : d.id));
const findings = (r: CheckResult) => r.findings.map((f) => `${f.severity}:${f.ruleId}`);
const check = (name: SampleName) => checkWorkspace(sample(name), { today: TODAY });

describe('bundled samples: documents and findings of each situation', () => {
  it('vendor (private company, HO+AP+FA+CA, direct connection): the full set of forms and no finding at all', () => {
    const r = check('vendor');
    expect(docs(r)).toEqual([
      'cover-letter',
      'checklist',
      'participation-review',
      'nonpublic-disclosure',
      `hosting-connection:${V.ho}`,
      `facility-registration:${V.fa}`,
      `communication-registration:${V.ca}`,
      'fee-estimate',
      'schedule',
      'mailing-label',
    ]);
    expect(r.findings).toEqual([]);
  });

  it('municipality (connected body): the pre-request form joins the review; only the 項 left for handwriting is noted', () => {
    const r = check('municipality');
    expect(docs(r)).toEqual([
      'cover-letter',
      'checklist',
      'participation-review',
      'pre-request',
      'mailing-label',
    ]);
    // 002 付録 prints 「第4条第_項」 blank; the sample leaves it blank to be written by hand.
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['pre-request.paragraph', 'info']]);
  });

  it('delegated applicant: the delegation letter, the CA registration and the FA cancellation, no finding', () => {
    const r = check('delegated');
    expect(docs(r)).toEqual([
      'cover-letter',
      'checklist',
      'delegation',
      `communication-registration:${D.ca}`,
      `fa-ca-cancellation:${D.fa}`,
      'mailing-label',
    ]);
    expect(r.findings).toEqual([]);
  });

  it('category ⑦: the certification form comes first and the user is told to obtain it before the review', () => {
    const r = check('category7');
    expect(docs(r)).toEqual([
      'cover-letter',
      'checklist',
      'participation-certification',
      'participation-review',
      'mailing-label',
    ]);
    expect(findings(r)).toEqual(['warning:provider.category7-certification']);
  });

  it('every required document carries its reason and a seed citation', () => {
    for (const name of ['vendor', 'municipality', 'delegated', 'category7'] as const) {
      for (const d of check(name).requiredDocuments) {
        expect(d.reason, `${name} ${d.id}`).not.toBe('');
        expect(d.source, `${name} ${d.id}`).toMatch(/00[0-4]_[0-9a-f]{16}\.txt /);
      }
    }
  });

  it('a blank workspace lists what to choose first, all as errors against the review form', () => {
    const ws = sample('vendor');
    const blank = checkWorkspace(
      {
        ...ws,
        provider: { ...ws.provider, name: '', category: null, connectedBody: null },
        services: [],
        attachments: [],
      },
      { today: TODAY },
    );
    const errors = blank.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toEqual([
      'provider.category',
      'provider.connected-body',
      'field.required',
    ]);
    expect(errors.every((f) => f.documents.includes('participation-review'))).toBe(true);
  });
});
