/**
 * Change → documents: which forms the changes since the last accepted filing need, and in which
 * mode. Sources: 002 §5.1.1(1) (a change after the procedure → 参加資格変更届出書; leaving →
 * 解除届出書), 002 table 5-1 (2) (an AP service is applied for with its hosting, so a new AP is a
 * 変更 of the hosting's connection application), 002 §5.1.3–5.1.4 (cancellations ≥ 1 month ahead).
 */
import { describe, expect, it } from 'vitest';
import { requiredDocuments } from '../../../src/shared/documents/required.js';
import {
  changesSinceAccepted,
  newServices,
  participationModeOf,
} from '../../../src/shared/lifecycle/changes.js';
import { acceptedSample, addAp, edited, hosting, sample, service } from '../../helpers/lifecycle/accepted.js';

const base = acceptedSample();
const instances = (ws: typeof base) =>
  requiredDocuments(ws).map((d) => `${d.id}${d.serviceId ? `:${d.serviceId}` : ''}:${d.mode ?? ''}`);

describe('documents a change needs (002 §5.1.1(1), table 5-1 (2), §5.1.3–5.1.4)', () => {
  it('before anything is filed every document is a 新規; once all is accepted no form is due', () => {
    expect(instances(sample())).toContain('participation-review:new');
    expect(instances(sample())).toContain('hosting-connection:ho-sample-hosting:new');
    expect(
      instances(base).filter((d) => !/^(cover-letter|checklist|mailing-label|fee-estimate|schedule)/.test(d)),
    ).toEqual([]);
  });

  it('002 §5.1.1(1): a change of what the review prints → the review in 変更届出 mode, with the item as reason', () => {
    const ws = edited(base, (d) => {
      d.contacts.operationsManager.name = '新任　運用責任者';
    });
    expect(participationModeOf(ws)).toBe('change');
    const review = requiredDocuments(ws).find((d) => d.id === 'participation-review');
    expect(review?.mode).toBe('change');
    expect(review?.reason).toContain('運用責任者の氏名');
    expect(instances(ws)).not.toContain('hosting-connection:ho-sample-hosting:change');
  });

  it('002 table 5-1 (2): a new AP service on a registered hosting → the hosting application as 変更, not a 新規', () => {
    const ws = edited(base, (d) => addAp(d, 'ap-new', '新しい施設予約サービス'));
    expect(instances(ws)).toContain('hosting-connection:ho-sample-hosting:change');
    expect(instances(ws)).not.toContain('hosting-connection:ho-sample-hosting:new');
    const docs = changesSinceAccepted(ws);
    expect(docs.map((d) => `${d.id}:${d.mode}`)).toEqual([
      'participation-review:change',
      'hosting-connection:change',
    ]);
  });

  it('001 接続料金 (1) LGWAN設定料「新規及び変更の都度」: a hosting 変更 brings the 料金試算書; a facility change does not', () => {
    const ap = edited(base, (d) => addAp(d, 'ap-new', '新しい施設予約サービス'));
    const fee = requiredDocuments(ap).find((d) => d.id === 'fee-estimate');
    expect(fee?.mode).toBe('change');
    expect(fee?.reason).toContain('LGWAN設定料');
    const facility = edited(base, (d) => {
      service<'FA'>(d, 'fa-sample-dc1').entryControl = 'ICカードと生体認証の二要素で入退室を管理する。';
    });
    expect(instances(facility).filter((d) => d.startsWith('fee-estimate'))).toEqual([]);
  });

  it('a new service that was never filed is a 新規 of its own form', () => {
    const ws = edited(base, (d) => {
      const fa = structuredClone(service<'FA'>(d, 'fa-sample-dc1'));
      d.services.push({ ...fa, id: 'fa-second', name: '第二データセンター', status: 'planned', aspCode: '' });
    });
    expect(instances(ws)).toContain('facility-registration:fa-second:new');
    expect(instances(ws)).not.toContain('facility-registration:fa-sample-dc1:change');
  });

  it('a change of a registered facility → its registration as 変更', () => {
    const ws = edited(base, (d) => {
      service<'FA'>(d, 'fa-sample-dc1').entryControl = 'ICカードと生体認証の二要素で入退室を管理する。';
    });
    expect(instances(ws)).toContain('facility-registration:fa-sample-dc1:change');
  });

  it('002 §5.1.3: a registered hosting set to end → the 解除申込書, not a 変更', () => {
    const ws = edited(base, (d) => {
      hosting(d).status = 'cancelling';
      hosting(d).extraProtocols = [];
    });
    expect(instances(ws)).toContain('hosting-cancellation:ho-sample-hosting:cancel');
    expect(instances(ws)).not.toContain('hosting-connection:ho-sample-hosting:change');
    expect(
      changesSinceAccepted(ws).find((d) => d.id === 'hosting-cancellation')?.changes[0]?.after,
    ).toContain('解除予定');
  });

  it('002 §5.1.1(1): leaving entirely → the review as 解除届出', () => {
    const ws = edited(base, (d) => {
      d.procedure.participationMode = 'cancel';
      d.provider.phone = '03-0000-0000';
    });
    expect(participationModeOf(ws)).toBe('cancel');
    expect(
      changesSinceAccepted(ws)
        .filter((d) => d.id === 'participation-review')
        .map((d) => d.mode),
    ).toEqual(['cancel']);
  });

  it('002 §5.1.1(1): the delegation letter goes again with a change filed by a delegate', () => {
    const ws = edited(base, (d) => {
      d.applicant.isRepresentative = false;
      d.applicant.person.name = '代理　次郎';
    });
    expect(instances(ws)).toContain('participation-review:change');
    expect(instances(ws)).toContain('delegation:new');
  });

  it('undoing the edit makes the change document disappear', () => {
    const changed = edited(base, (d) => {
      d.provider.url = 'https://example.jp/new';
    });
    expect(instances(changed)).toContain('participation-review:change');
    const undone = edited(changed, (d) => {
      d.provider.url = base.provider.url;
    });
    expect(instances(undone)).not.toContain('participation-review:change');
  });

  it('cover letter and checklist follow the change documents', () => {
    const ws = edited(base, (d) => {
      d.provider.url = 'https://example.jp/new';
    });
    expect(instances(ws).slice(0, 3)).toEqual([
      'cover-letter:new',
      'checklist:new',
      'participation-review:change',
    ]);
  });
});

describe('new services after the first filing (002 table 5-1 (2))', () => {
  it('a new FA is a 新規 of its own; a new AP on the registered hosting is carried by its 変更', () => {
    const ws = edited(base, (d) => {
      addAp(d, 'ap-new', '施設予約サービス');
      const fa = service<'FA'>(d, 'fa-sample-dc1');
      d.services.push({
        ...structuredClone(fa),
        id: 'fa-new',
        name: '第二データセンター',
        status: 'planned',
        aspCode: '',
      });
    });
    expect(newServices(ws).map((s) => s.id)).toEqual(['fa-new']);
    expect(instances(ws)).toContain('facility-registration:fa-new:new');
    expect(newServices(sample())).toEqual([]);
  });
});
