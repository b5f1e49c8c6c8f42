import { describe, expect, it } from 'vitest';
import { triageStats } from '../intake/index.ts';
import { applyChange, emptyReportFacts, type SubjectFacts } from './facts.ts';
import { contributions, type Contributions } from './contributions.ts';
import type { AggregateRow } from './coverage-store.ts';
import { reportFigures } from './report-figures.ts';
import { medianOfCounts } from './triage-wait.ts';

type Timing = { id: string; status: 'new' | 'in_review' | 'converted' | 'duplicate' | 'declined'; receivedAt: string; firstTriagedAt?: string };

/** The rows the aggregator would hold for these reports: the sum of each report's contributions. */
function rowsOf(reports: readonly Timing[]): { countries: AggregateRow[]; months: AggregateRow[] } {
  const sum: Contributions = new Map();
  for (const r of reports) {
    const facts: SubjectFacts = applyChange(emptyReportFacts(), { itemType: 'report', after: { itemType: 'report', reference: 'TND-1', summary: 'Planted words', ...r } });
    for (const [id, counters] of contributions(facts)) {
      const row = sum.get(id) ?? {};
      for (const [f, v] of Object.entries(counters)) row[f] = (row[f] ?? 0) + v;
      sum.set(id, row);
    }
  }
  const of = (scope: string) => [...sum].filter(([id]) => id.startsWith(`${scope}|`)).map(([id, counters]) => ({ key: id.slice(scope.length + 1), counters }));
  return { countries: of('countries'), months: of('months') };
}

const now = new Date('2026-06-20T12:00:00Z');
const reports: Timing[] = [
  { id: 'r1', status: 'new', receivedAt: '2026-06-20T09:00:00Z' },
  { id: 'r2', status: 'in_review', receivedAt: '2026-06-17T12:00:00Z', firstTriagedAt: '2026-06-17T12:42:00Z' },
  { id: 'r3', status: 'new', receivedAt: '2026-06-02T08:00:00Z' },
  { id: 'r4', status: 'converted', receivedAt: '2026-06-01T08:00:00Z', firstTriagedAt: '2026-06-01T11:30:00Z' },
  { id: 'r5', status: 'declined', receivedAt: '2026-05-30T08:00:00Z', firstTriagedAt: '2026-06-03T08:00:00Z' },
  // Exactly one day old: the triage page counts it in "one to seven days".
  { id: 'r6', status: 'new', receivedAt: '2026-06-19T12:00:00Z' },
];

describe('the reports\' figures from the aggregates', () => {
  const rows = rowsOf(reports);
  const figures = reportFigures(rows.countries, rows.months, ['2026-05', '2026-06'], now);

  it('equal the triage page\'s figures over the same reports', () => {
    const stats = triageStats(reports, now);
    expect(figures.byStatus).toEqual(stats.byStatus);
    expect(figures.openByAge).toEqual(stats.openByAge);
    expect(figures.medianMinutesToFirstTriage).toBe(stats.medianMinutesToFirstTriage);
    expect(figures).toMatchObject({ open: 4, received: 6, triaged: 3, oldestOpenReceivedAt: '2026-06-02T08:00:00Z', oldestOpenMinutes: 18 * 1440 + 240 });
  });

  it('age the open reports at the read, not at the write', () => {
    const later = reportFigures(rows.countries, rows.months, ['2026-06'], new Date('2026-06-28T12:00:00Z'));
    expect(later.openByAge).toEqual({ underADay: 0, oneToSevenDays: 0, overAWeek: 4 });
    // The period counts the reports received in its months only.
    expect(later).toMatchObject({ received: 5, triaged: 2 });
  });

  it('keep nothing a person wrote', () => {
    expect(JSON.stringify(rowsOf(reports))).not.toMatch(/Planted|TND-1/);
  });

  it('count a triaged report once it leaves the open statuses', () => {
    const before = rowsOf([{ id: 'r1', status: 'new', receivedAt: '2026-06-20T09:00:00Z' }]);
    const after = rowsOf([{ id: 'r1', status: 'duplicate', receivedAt: '2026-06-20T09:00:00Z', firstTriagedAt: '2026-06-20T09:05:00Z' }]);
    expect(reportFigures(before.countries, before.months, ['2026-06'], now)).toMatchObject({ open: 1, triaged: 0, medianMinutesToFirstTriage: null });
    expect(reportFigures(after.countries, after.months, ['2026-06'], now)).toMatchObject({ open: 0, triaged: 1, medianMinutesToFirstTriage: 5, oldestOpenMinutes: null });
  });
});

describe('triage waits', () => {
  it('are kept to the minute, however long, in a row of the month of receipt', () => {
    const facts = applyChange(emptyReportFacts(), { itemType: 'report', after: { status: 'declined', receivedAt: '2026-01-31T10:00:00Z', firstTriagedAt: '2026-04-01T10:00:29Z' } });
    expect(contributions(facts).get('months|2026-01#TRIAGE#0086400')).toEqual({ reports: 1 });
  });

  it('give the median of the counts, null when none', () => {
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([[5, 1], [3000, 1], [40, 1]])).toBe(40);
    expect(medianOfCounts([[40, 1], [3000, 1], [7, 0]])).toBe(1520);
  });
});
