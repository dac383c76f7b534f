import { describe, expect, it } from 'vitest';
import { documentTitle, requiredDocuments } from '../../../src/shared/documents/required.js';
import { ids, workspaceWith } from './build.js';

const ALWAYS_FIRST = ['cover-letter', 'checklist'];
const ALWAYS_LAST = ['mailing-label'];
const between = (ws: Parameters<typeof requiredDocuments>[0]) =>
  ids(requiredDocuments(ws)).filter((id) => !ALWAYS_FIRST.includes(id) && !ALWAYS_LAST.includes(id));

describe('requiredDocuments: the provider and the applicant', () => {
  it('a blank new workspace needs the participation review between cover letter, checklist and label', () => {
    expect(ids(requiredDocuments(workspaceWith()))).toEqual([
      'cover-letter',
      'checklist',
      'participation-review',
      'mailing-label',
    ]);
  });

  it('category ⑦ needs the participation certification first (002 表5-1 注1), until it is granted', () => {
    const ws = workspaceWith({ provider: { category: '7' } });
    expect(between(ws)).toEqual(['participation-certification', 'participation-review']);
    expect(requiredDocuments(ws)[2]?.reason).toMatch(/区分⑦.*参加資格審査の前に/);
    const granted = workspaceWith({ provider: { category: '7' }, procedure: { certificationGranted: true } });
    expect(between(granted)).toEqual(['participation-review']);
    for (const category of ['1', '2', '3', '4', '5', '6'] as const) {
      expect(between(workspaceWith({ provider: { category } }))).not.toContain('participation-certification');
    }
  });

  it('a connected body gets the pre-request (002 §5.1.1(1), 付録); nobody else does', () => {
    expect(between(workspaceWith({ provider: { category: '1', connectedBody: true } }))).toEqual([
      'participation-review',
      'pre-request',
    ]);
    expect(between(workspaceWith({ provider: { category: '1', connectedBody: false } }))).toEqual([
      'participation-review',
    ]);
    expect(between(workspaceWith({ provider: { category: '1', connectedBody: null } }))).toEqual([
      'participation-review',
    ]);
    // Once participation is accepted the portal ID exists: no pre-request any more.
    expect(
      between(
        workspaceWith({ provider: { connectedBody: true }, procedure: { participationAccepted: true } }),
      ),
    ).toEqual([]);
  });

  it('an applicant who is not the representative needs the delegation letter (002 §5.1.1(1))', () => {
    const ws = workspaceWith({ applicant: { isRepresentative: false } });
    expect(between(ws)).toEqual(['participation-review', 'delegation']);
    expect(requiredDocuments(ws).find((d) => d.id === 'delegation')?.reason).toMatch(/代表者権限を有しない/);
  });

  it('the participation review comes back for a change or a cancellation after acceptance', () => {
    const accepted = { participationAccepted: true };
    expect(between(workspaceWith({ procedure: accepted }))).toEqual([]);
    const change = requiredDocuments(
      workspaceWith({ procedure: { ...accepted, participationMode: 'change' } }),
    );
    expect(change.find((d) => d.id === 'participation-review')?.reason).toMatch(/変更届出/);
    const cancel = requiredDocuments(
      workspaceWith({ procedure: { ...accepted, participationMode: 'cancel' } }),
    );
    expect(cancel.find((d) => d.id === 'participation-review')?.reason).toMatch(/解除届出/);
  });
});

describe('requiredDocuments: services by kind and status', () => {
  const accepted = { procedure: { participationAccepted: true } };
  it.each([
    ['HO', 'planned', ['nonpublic-disclosure', 'hosting-connection:s', 'fee-estimate']],
    ['HO', 'cancelling', ['hosting-cancellation:s']],
    ['HO', 'registered', []],
    ['FA', 'planned', ['nonpublic-disclosure', 'facility-registration:s']],
    ['FA', 'cancelling', ['fa-ca-cancellation:s']],
    ['FA', 'registered', []],
    ['CA', 'planned', ['nonpublic-disclosure', 'communication-registration:s']],
    ['CA', 'cancelling', ['fa-ca-cancellation:s']],
    ['CA', 'registered', []],
    // An AP is applied for with its hosting's connection application (002 表5-1 (2)), never on its own.
    ['AP', 'planned', []],
    ['AP', 'cancelling', []],
    ['AP', 'registered', []],
  ] as const)('%s %s → %j', (kind, status, expected) => {
    expect(between(workspaceWith(accepted, [{ id: 's', kind, status, name: 'テスト' }]))).toEqual(expected);
  });

  it('per-service documents appear once per service, in the order the services are listed, naming it', () => {
    const ws = workspaceWith(accepted, [
      { id: 'fa-2', kind: 'FA', name: '第二DC' },
      { id: 'ca-1', kind: 'CA', name: '回線' },
      { id: 'fa-1', kind: 'FA', name: '第一DC' },
      { id: 'fa-old', kind: 'FA', name: '旧DC', status: 'cancelling' },
      { id: 'ca-old', kind: 'CA', name: '旧回線', status: 'cancelling' },
    ]);
    expect(between(ws)).toEqual([
      'nonpublic-disclosure',
      'facility-registration:fa-2',
      'facility-registration:fa-1',
      'communication-registration:ca-1',
      'fa-ca-cancellation:fa-old',
      'fa-ca-cancellation:ca-old',
    ]);
    const reasons = requiredDocuments(ws).map((d) => d.reason);
    expect(reasons).toContainEqual(expect.stringMatching(/ファシリティサービス「第二DC」の登録申込/));
    expect(reasons).toContainEqual(expect.stringMatching(/「旧回線」の登録を解除.*1か月前まで/));
  });

  it('non-public disclosure: every kind applying for a service, until received (001 手続きフロー)', () => {
    const ho = [{ id: 'h', kind: 'HO' as const, name: 'HO' }];
    // Required from the start (the stage order keeps it after the accepted review, stages.ts).
    expect(between(workspaceWith({}, ho))).toContain('nonpublic-disclosure');
    expect(between(workspaceWith(accepted, ho))).toEqual([
      'nonpublic-disclosure',
      'hosting-connection:h',
      'fee-estimate',
    ]);
    // The non-hosting flow of 001 has the disclosure before the FA/CA registration too.
    expect(between(workspaceWith(accepted, [{ id: 'f', kind: 'FA' }]))).toContain('nonpublic-disclosure');
    expect(between(workspaceWith(accepted, [{ id: 'c', kind: 'CA' }]))).toContain('nonpublic-disclosure');
    const received = { procedure: { participationAccepted: true, nonpublicDisclosed: true } };
    expect(between(workspaceWith(received, [{ id: 'f', kind: 'FA' }]))).toEqual(['facility-registration:f']);
    // Nothing left to apply for: nothing to disclose.
    expect(between(workspaceWith(accepted, [{ id: 'f', kind: 'FA', status: 'registered' }]))).toEqual([]);
  });

  it('schedule coordination replaces the connection application once the connection is accepted (002 §5.2)', () => {
    const ws = workspaceWith(accepted, [{ id: 'h', kind: 'HO', name: 'HO', connectionAccepted: true }]);
    expect(between(ws)).toEqual(['nonpublic-disclosure', 'schedule-coordination:h', 'fee-estimate']);
    expect(requiredDocuments(ws).find((d) => d.id === 'schedule-coordination')?.reason).toMatch(
      /受理されたため.*日程調整/,
    );
  });

  it('fee reduction for a planned or connected hosting service that opts in, never for one being ended', () => {
    const apply = { feeReduction: { apply: true } };
    expect(between(workspaceWith(accepted, [{ id: 'h', kind: 'HO', ...apply }]))).toContain(
      'fee-reduction:h',
    );
    expect(
      between(workspaceWith(accepted, [{ id: 'h', kind: 'HO', status: 'registered', ...apply }])),
    ).toEqual(['fee-reduction:h']);
    expect(
      between(workspaceWith(accepted, [{ id: 'h', kind: 'HO', status: 'cancelling', ...apply }])),
    ).toEqual(['hosting-cancellation:h']);
  });

  it('the timeline aid only when a planned hosting service has a desired connection date', () => {
    const withDate = workspaceWith(accepted, [{ id: 'h', kind: 'HO', desiredConnectionDate: '2027-10-01' }]);
    expect(between(withDate)).toEqual([
      'nonpublic-disclosure',
      'hosting-connection:h',
      'fee-estimate',
      'schedule',
    ]);
    const registered = workspaceWith(accepted, [
      { id: 'h', kind: 'HO', status: 'registered', desiredConnectionDate: '2027-10-01' },
    ]);
    expect(between(registered)).toEqual([]);
  });
});

describe('packet order', () => {
  it('cover letter, checklist, official forms in procedure order, then the aids', () => {
    const ws = workspaceWith(
      {
        provider: { category: '7', connectedBody: true },
        applicant: { isRepresentative: false },
        procedure: { participationMode: 'change', participationAccepted: true },
      },
      [
        { id: 'h1', kind: 'HO', desiredConnectionDate: '2027-10-01', feeReduction: { apply: true } },
        { id: 'h2', kind: 'HO', connectionAccepted: true },
        { id: 'h3', kind: 'HO', status: 'cancelling' },
        { id: 'f1', kind: 'FA' },
        { id: 'c1', kind: 'CA' },
        { id: 'c2', kind: 'CA', status: 'cancelling' },
      ],
    );
    expect(ids(requiredDocuments(ws))).toEqual([
      'cover-letter',
      'checklist',
      'participation-certification',
      'participation-review',
      'delegation',
      'nonpublic-disclosure',
      'hosting-connection:h1',
      'facility-registration:f1',
      'communication-registration:c1',
      'schedule-coordination:h2',
      'hosting-cancellation:h3',
      'fa-ca-cancellation:c2',
      'fee-reduction:h1',
      'fee-estimate',
      'schedule',
      'mailing-label',
    ]);
  });
});

describe('documentTitle', () => {
  it('gives the official name, and an unknown id back as it is', () => {
    expect(documentTitle('delegation')).toBe(
      '総合行政ネットワークASP登録及び接続申込等における代表者権限の委任状',
    );
    expect(documentTitle('pre-request')).toBe(
      '総合行政ネットワークASP登録及び接続に関する参加資格申込みの事前依頼',
    );
    expect(documentTitle('future-form')).toBe('future-form');
  });
});
