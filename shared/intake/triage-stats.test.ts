import { describe, expect, it } from 'vitest';
import { ageBand, median, triageStats } from './triage-stats.ts';

const now = new Date('2026-11-23T12:00:00Z');

describe('triage figures', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeUndefined();
    expect(median([30, 5, 10])).toBe(10);
    expect(median([40, 10, 20, 30])).toBe(25);
  });

  it('bands open reports by age: under a day, one to seven days, over a week', () => {
    expect(ageBand('2026-11-23T00:00:00Z', now)).toBe('underADay');
    expect(ageBand('2026-11-21T12:00:00Z', now)).toBe('oneToSevenDays');
    expect(ageBand('2026-11-10T12:00:00Z', now)).toBe('overAWeek');
  });

  it('counts by status, ages only open reports, and takes the median wait over triaged ones', () => {
    const stats = triageStats([
      { status: 'new', receivedAt: '2026-11-23T10:00:00Z' },
      { status: 'in_review', receivedAt: '2026-11-20T10:00:00Z', firstTriagedAt: '2026-11-20T11:00:00Z' },
      { status: 'declined', receivedAt: '2026-11-01T10:00:00Z', firstTriagedAt: '2026-11-01T10:20:00Z' },
      { status: 'converted', receivedAt: '2026-11-01T10:00:00Z', firstTriagedAt: '2026-11-01T13:00:00Z' },
    ], now);
    expect(stats.byStatus).toEqual({ new: 1, in_review: 1, converted: 1, duplicate: 0, declined: 1 });
    expect(stats.openByAge).toEqual({ underADay: 1, oneToSevenDays: 1, overAWeek: 0 });
    expect(stats.medianMinutesToFirstTriage).toBe(60);
  });
});
