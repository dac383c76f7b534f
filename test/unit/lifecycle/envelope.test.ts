/**
 * The envelope after the first filing: a 変更届出 computed from the record goes through the portal
 * and gates no stage (002 §5.1.1(1)), so the hosting's 変更 is prepared with it; the filing records
 * only the documents of the envelope mailed (002 §5.1.1: J-LIS answers each stage before the next);
 * the computed 変更届出 needs its date and reason (002 表5-1 (1), §5.1.1(1)).
 */
import { describe, expect, it } from 'vitest';
import { requiredDocuments } from '../../../src/shared/documents/required.js';
import { planStages } from '../../../src/shared/documents/stages.js';
import { recordFiling } from '../../../src/shared/lifecycle/record.js';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';
import { acceptedSample, addAp, edited, sample } from '../../helpers/lifecycle/accepted.js';

const changed = edited(acceptedSample(), (d) => {
  d.provider.representative.name = '佐藤\u3000花子';
  addAp(d, 'ap-new', '施設予約サービス');
});

describe('the envelope of a change', () => {
  it('002 §5.1.1(1): the computed 変更届出 is entered on the portal and travels with the hosting 変更', () => {
    const plan = planStages(changed, requiredDocuments(changed));
    const review = plan.documents.find((d) => d.id === 'participation-review');
    expect(review?.mode).toBe('change');
    expect(review?.delivery).toBe('portal');
    expect(review?.stage).toBeNull();
    expect(plan.stage?.id).toBe('applications');
    expect(plan.documents.map((d) => `${d.id}:${d.mode}`)).toContain('hosting-connection:change');
  });

  it('002 §5.1.1: marking an envelope as mailed records the documents in it, not the later stages', () => {
    const ws = sample();
    const plan = planStages(ws, requiredDocuments(ws));
    const filed = recordFiling(ws, { filedOn: '2026-12-01', documents: plan.documents });
    expect(filed.filings.at(-1)?.documents.map((d) => d.documentId)).toEqual(['participation-review']);
    // The aids of the envelope (cover letter, checklist, label) are not J-LIS's documents.
    expect(plan.documents.some((d) => d.id === 'cover-letter')).toBe(true);
  });

  it('002 表5-1 (1): the computed 変更届出 asks for 変更日 and 変更理由, the free-text summary stays optional', () => {
    const finding = (ws: typeof changed) =>
      checkWorkspace(ws, { today: '2027-02-01' }).findings.find((f) => f.ruleId === 'procedure.mode-details');
    expect(finding(changed)?.paths).toEqual(['procedure.changeDate', 'procedure.changeReason']);
    const complete = edited(changed, (d) => {
      d.procedure.changeDate = '2027-03-01';
      d.procedure.changeReason = '代表者の交代のため';
    });
    expect(finding(complete)).toBeUndefined();
  });
});
