/**
 * The filing record and what is derived from it (002 §5.1.1(3): 参加結果通知 with the portal user ID,
 * 登録結果通知, 接続結果通知): status and participation are never typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { RecordError, recordAnswer, recordFiling } from '../../../src/shared/lifecycle/record.js';
import { acceptedSample, hosting, sample, service } from '../../helpers/lifecycle/accepted.js';

describe('filing record', () => {
  it('marking the packet as mailed records the official forms required now, with the data as filed', () => {
    const ws = recordFiling(sample(), { filedOn: '2026-12-01', certifiedMailNumber: '1234-5678-9012' });
    const filing = ws.filings.at(-1);
    expect(filing?.filedOn).toBe('2026-12-01');
    expect(filing?.certifiedMailNumber).toBe('1234-5678-9012');
    expect(filing?.documents.map((d) => `${d.documentId}:${d.serviceId}`)).toEqual([
      'participation-review:',
      'nonpublic-disclosure:',
      'hosting-connection:ho-sample-hosting',
      'facility-registration:fa-sample-dc1',
      'communication-registration:ca-sample-closed-network',
    ]);
    expect(filing?.documents.every((d) => d.answer === 'pending')).toBe(true);
    // The hosting application registers its AP services with it (002 table 5-1 (2)).
    expect(filing?.documents.find((d) => d.documentId === 'hosting-connection')?.serviceIds).toEqual([
      'ho-sample-hosting',
      'ap-sample-documents',
      'ap-sample-e-application',
    ]);
    expect((filing?.snapshot.provider as { name: string }).name).toBe(ws.provider.name);
    expect(filing?.snapshot).not.toHaveProperty('filings');
    // Mailed is not accepted: nothing is derived yet.
    expect(ws.procedure.participationAccepted).toBe(false);
    expect(ws.services.every((s) => s.status === 'planned')).toBe(true);
  });

  it('acceptance derives participation, registration and the ASPコード; no password is stored', () => {
    const ws = acceptedSample();
    expect(ws.procedure.participationAccepted).toBe(true);
    expect(ws.services.map((s) => s.status)).toEqual([
      'registered',
      'registered',
      'registered',
      'registered',
      'registered',
    ]);
    expect(hosting(ws).aspCode).toBe('H0001234');
    const review = ws.filings.at(-1)?.documents[0];
    expect(review?.portalUserIdIssued).toBe(true);
    expect(JSON.stringify(ws.filings)).not.toMatch(/password|パスワード/i);
  });

  it('a rejected or returned form leaves its service planned, so it is required again', () => {
    const filed = recordFiling(sample(), { filedOn: '2026-12-01' });
    const fa =
      filed.filings.at(-1)?.documents.findIndex((d) => d.documentId === 'facility-registration') ?? -1;
    const returned = recordAnswer(filed, {
      answer: 'returned',
      answeredOn: '2026-12-20',
      documentIndexes: [fa],
    });
    expect(service<'FA'>(returned, 'fa-sample-dc1').status).toBe('planned');
    expect(returned.filings.at(-1)?.documents[fa]?.answer).toBe('returned');
    const accepted = recordAnswer(returned, { answer: 'accepted', answeredOn: '2027-01-10' });
    expect(service<'FA'>(accepted, 'fa-sample-dc1').status).toBe('planned');
    expect(hosting(accepted).status).toBe('registered');
  });

  it('a registered service set to end stays 解除予定 through later records', () => {
    const ws = acceptedSample();
    hosting(ws).status = 'cancelling';
    const next = recordFiling(ws, { filedOn: '2027-03-01' });
    expect(hosting(next).status).toBe('cancelling');
    const ended = recordAnswer(next, { answer: 'accepted', answeredOn: '2027-03-20' });
    expect(hosting(ended).status).toBe('ended');
  });

  it('bad input is refused with a Japanese message and the workspace is not changed', () => {
    const plain = sample();
    expect(() => recordAnswer(plain, { answer: 'accepted', answeredOn: '2027-01-10' })).toThrow(
      /提出の記録がないため.*record <案件ファイル> --filed/,
    );
    const filed = recordFiling(plain, { filedOn: '2026-12-01' });
    expect(() =>
      recordAnswer(filed, { answer: 'accepted', answeredOn: '2027-01-10', aspCodes: { 'no-such': 'H0001' } }),
    ).toThrow(/サービス「no-such」がこの案件にありません.*ho-sample-hosting/);
    expect(() => recordFiling(plain, { filedOn: '2026/12/01' })).toThrow(RecordError);
    expect(() => recordFiling(plain, { filedOn: '2026/12/01' })).toThrow(/YYYY-MM-DD/);
    expect(() => recordAnswer(filed, { answer: 'accepted', answeredOn: '2026-11-01' })).toThrow(
      /提出日 2026-12-01 より前/,
    );
    expect(plain.filings).toEqual([]);
    expect(filed.filings.at(-1)?.documents.every((d) => d.answer === 'pending')).toBe(true);
  });
});
