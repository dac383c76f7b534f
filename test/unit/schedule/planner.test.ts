import { describe, expect, it } from 'vitest';
import {
  addMonths,
  buildScheduleView,
  planSchedule,
  ScheduleInputError,
  type SchedulePlan,
} from '../../../src/shared/schedule/index.js';

// Lead times: 001_5b371a93b315b6e8.txt「LGWAN-ASP登録及び接続のための手続きフロー(ホスティングサービス)」and
// 「(ホスティングサービス以外)」; 002_0f100134b4811c0f.txt 表5-1 for the certification step.
const TARGET = '2027-07-01';
const step = (plan: SchedulePlan, id: string) => {
  const found = plan.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('hosting flow', () => {
  it('8 months before the connection date everything is on time', () => {
    const plan = planSchedule({ kind: 'hosting', target: TARGET, today: addMonths(TARGET, -8) });
    expect(plan.onTime).toBe(true);
    expect(plan.lateStepIds).toEqual([]);
    expect(plan.steps.every((s) => !s.late && s.daysLate === 0)).toBe(true);
    expect(plan.startBy).toBe('2026-12-01');
  });

  it('3 months before, exactly the review, disclosure, procurement and application review are late', () => {
    const plan = planSchedule({ kind: 'hosting', target: TARGET, today: '2027-04-01' });
    expect(plan.onTime).toBe(false);
    expect(plan.lateStepIds).toEqual([
      'participation-review',
      'nonpublic-disclosure',
      'procurement',
      'hosting-application-review',
    ]);
    expect(step(plan, 'hosting-application-review').daysLate).toBe(5);
    expect(step(plan, 'hosting-acceptance').late).toBe(false);
    expect(step(plan, 'application-certificate').late).toBe(false);
  });

  it('chains the steps back from the connection date with the longest 目安', () => {
    const plan = planSchedule({ kind: 'hosting', target: TARGET, today: '2026-01-01' });
    expect(plan.steps.map((s) => [s.id, s.latestStart, s.latestEnd])).toEqual([
      ['participation-review', '2026-12-01', '2027-01-01'],
      ['nonpublic-disclosure', '2027-01-01', '2027-02-01'],
      ['procurement', '2027-02-01', '2027-07-01'], // 約5か月, needs the non-public router specification
      ['hosting-application-review', '2027-03-27', '2027-05-27'],
      ['hosting-acceptance', '2027-05-27', '2027-06-10'],
      ['application-certificate', '2027-06-10', '2027-07-01'],
    ]);
  });

  it('with the shortest 目安 it starts about six months ahead, as 001 draws it', () => {
    const plan = planSchedule({ kind: 'hosting', target: TARGET, today: '2026-01-01', basis: 'lower' });
    expect(plan.startBy).toBe('2027-01-02'); // 5 months + 15 days + 15 days
  });

  it('without an application certificate the acceptance may end on the connection date', () => {
    const plan = planSchedule({
      kind: 'hosting',
      target: TARGET,
      today: '2026-01-01',
      include: { 'application-certificate': false },
    });
    expect(plan.steps.map((s) => s.id)).not.toContain('application-certificate');
    expect(step(plan, 'hosting-acceptance').latestEnd).toBe(TARGET);
    expect(plan.excluded.map((e) => e.id)).toEqual([
      'participation-certification',
      'application-certificate',
    ]);
  });

  it('applies the month-end rule: a 31 August connection needs disclosure to start by 28 February', () => {
    const plan = planSchedule({ kind: 'hosting', target: '2027-08-31', today: '2026-01-01' });
    expect(step(plan, 'procurement').latestStart).toBe('2027-03-31');
    expect(step(plan, 'nonpublic-disclosure').latestStart).toBe('2027-02-28');
    expect(step(plan, 'participation-review').latestStart).toBe('2027-01-28');
  });
});

describe('facility and communication flows (about 3 months)', () => {
  it('facility: on time 4 months ahead; 3 months ahead only the participation review is late', () => {
    const early = planSchedule({ kind: 'facility', target: TARGET, today: '2027-03-01' });
    expect(early.onTime).toBe(true);
    expect(early.steps.map((s) => s.id)).toEqual([
      'participation-review',
      'facility-registration-review',
      'registration-acceptance',
    ]);
    const late = planSchedule({ kind: 'facility', target: TARGET, today: '2027-04-01' });
    expect(late.lateStepIds).toEqual(['participation-review']);
    expect(late.startBy).toBe('2027-03-17');
  });

  it('communication: submits the 通信サービス登録申込書 and may add the category ⑦ certification', () => {
    const plan = planSchedule({
      kind: 'communication',
      target: TARGET,
      today: '2027-01-01',
      include: { 'participation-certification': true },
    });
    expect(plan.steps.map((s) => [s.id, s.latestStart])).toEqual([
      ['participation-certification', '2027-02-17'],
      ['participation-review', '2027-03-17'],
      ['communication-registration-review', '2027-04-17'],
      ['registration-acceptance', '2027-06-17'],
    ]);
    expect(step(plan, 'communication-registration-review').document).toBe('communication-registration');
    expect(plan.targetLabel).toContain('登録日');
  });
});

describe('bad input', () => {
  it('names the option for impossible dates', () => {
    expect(() => planSchedule({ kind: 'hosting', target: '2027-02-30', today: '2027-01-01' })).toThrow(
      ScheduleInputError,
    );
    expect(() => planSchedule({ kind: 'hosting', target: '2027-02-30', today: '2027-01-01' })).toThrow(
      '--target',
    );
  });

  it('refuses to drop a required step or an unknown one', () => {
    expect(() =>
      planSchedule({ kind: 'hosting', target: TARGET, today: '2027-01-01', include: { procurement: false } }),
    ).toThrow('省けない');
    expect(() =>
      planSchedule({
        kind: 'facility',
        target: TARGET,
        today: '2027-01-01',
        include: { 'application-certificate': true },
      }),
    ).toThrow('ファシリティサービスの手続にありません');
  });
});

describe('buildScheduleView', () => {
  it('lays the steps out as Gantt bars between the month ticks', () => {
    const view = buildScheduleView(planSchedule({ kind: 'hosting', target: TARGET, today: '2027-04-01' }));
    expect(view.chart.from).toBe('2026-12-01');
    expect(view.chart.to).toBe('2027-07-31');
    expect(view.chart.months.map((m) => m.label)).toEqual([
      '2026年12月',
      '2027年1月',
      '2027年2月',
      '2027年3月',
      '2027年4月',
      '2027年5月',
      '2027年6月',
      '2027年7月',
    ]);
    for (const s of view.steps) {
      expect(s.bar.from).toBeGreaterThanOrEqual(0);
      expect(s.bar.to).toBeLessThanOrEqual(1);
      expect(s.bar.to).toBeGreaterThan(s.bar.from);
    }
    expect(view.steps[0]).toMatchObject({
      shortName: '参加資格審査',
      late: true,
      statusText: '開始期限を121日過ぎています',
    });
    expect(view.chart.todayAt).toBeCloseTo(121 / 243, 5);
    expect(view.summary).toContain('参加資格審査、非公開文書の開示、回線・ルータ調達、接続申込の事前審査');
  });

  it('tells an on-time provider the day to start', () => {
    const view = buildScheduleView(planSchedule({ kind: 'hosting', target: TARGET, today: '2026-11-01' }));
    expect(view.summary).toBe(
      'LGWAN接続日（2027-07-01）に間に合わせるには、遅くとも 2026-12-01 までに「参加資格審査」を始めてください。',
    );
    expect(view.steps.every((s) => s.statusText === '予定どおり')).toBe(true);
  });
});
