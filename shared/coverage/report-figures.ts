/**
 * The intake reports' figures, from the rows the stream keeps: the counts by
 * status now; the open reports by age, worked out from their stored receipt
 * times at the time of the read (so the age is right whenever it is read,
 * with the triage page's bands); and, over the period's months, the reports
 * received, triaged, and the median time to the first triage step.
 */
import { AGE_BANDS, ageBand, REPORT_STATUSES, type AgeBand, type ReportStatus } from '../intake/index.ts';
import { NETWORK, OPEN_REPORTS_PREFIX, REPORTS_ROW } from './contributions.ts';
import type { AggregateRow } from './coverage-store.ts';
import type { ReportFigures } from './coverage.schema.ts';
import { medianOfCounts, waitOf } from './triage-wait.ts';

export const isReportRow = (row: AggregateRow) => row.key === REPORTS_ROW || row.key.startsWith(OPEN_REPORTS_PREFIX);

export function reportFigures(
  countryRows: readonly AggregateRow[], monthRows: readonly AggregateRow[], months: readonly string[], now: Date,
): ReportFigures {
  const n = (value: number | undefined) => Math.max(0, value ?? 0);
  const statusRow = countryRows.find((r) => r.key === REPORTS_ROW)?.counters ?? {};
  const byStatus = Object.fromEntries(REPORT_STATUSES.map((s) => [s, n(statusRow[s])])) as Record<ReportStatus, number>;
  const openByAge = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>;
  let oldest: string | undefined;
  for (const row of countryRows) {
    if (!row.key.startsWith(OPEN_REPORTS_PREFIX) || n(row.counters.open) === 0) continue;
    const receivedAt = row.key.slice(OPEN_REPORTS_PREFIX.length);
    openByAge[ageBand(receivedAt, now)] += n(row.counters.open);
    if (!oldest || receivedAt < oldest) oldest = receivedAt;
  }
  const inPeriod = new Set(months.map((m) => `${m}#${NETWORK}`));
  const periodMonths = new Set(months);
  const period: Record<string, number> = {};
  const waits: Array<[number, number]> = [];
  for (const row of monthRows) {
    const wait = waitOf(row.key, periodMonths);
    if (wait !== undefined) waits.push([wait, n(row.counters.reports)]);
    if (!inPeriod.has(row.key)) continue;
    for (const [field, value] of Object.entries(row.counters)) period[field] = (period[field] ?? 0) + value;
  }
  return {
    byStatus,
    open: AGE_BANDS.reduce((sum, b) => sum + openByAge[b], 0),
    openByAge,
    oldestOpenReceivedAt: oldest ?? null,
    oldestOpenMinutes: oldest ? Math.max(0, Math.floor((now.getTime() - Date.parse(oldest)) / 60_000)) : null,
    received: n(period.reports),
    triaged: n(period.reportsTriaged),
    medianMinutesToFirstTriage: medianOfCounts(waits),
  };
}
