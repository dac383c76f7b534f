import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildScheduleIcs, planSchedule } from '../../../src/shared/schedule/index.js';

describe('.ics export', () => {
  it('parses with ical.js and holds every step as an all-day event plus the connection date', () => {
    const plan = planSchedule({ kind: 'hosting', target: '2027-07-01', today: '2027-04-01' });
    const calendar = ICAL.Component.fromString(buildScheduleIcs(plan));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(plan.steps.length + 1);

    for (const s of plan.steps) {
      const event = events.find((e) => e.uid === `lgwan-asp-hosting-2027-07-01-${s.id}@lgwan-asp-workbench`);
      expect(event, s.id).toBeDefined();
      if (!event) continue;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(s.latestStart);
      expect(event.endDate.toString()).toBe(s.latestEnd);
      expect(event.summary).toBe(`【LGWAN-ASP】${s.shortName}${s.late ? '（開始期限超過）' : ''}`);
      expect(event.description).toContain(`遅くとも開始: ${s.latestStart}`);
      expect(event.description).toContain(s.source);
    }
    const connection = events.find((e) => e.summary.includes('LGWAN接続日'));
    expect(connection?.startDate.toString()).toBe('2027-07-01');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain('ホスティングサービス');
  });
});
