/** The triage page's figures: how many reports in each status, how old the open ones are, how fast the first triage came. */
import { REPORT_STATUSES, type ReportStatus } from './report.ts';
import type { ReportTiming } from './report-store.ts';

export const AGE_BANDS = ['underADay', 'oneToSevenDays', 'overAWeek'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface TriageStats {
  byStatus: Record<ReportStatus, number>;
  /** Reports still waiting for a decision (new or in review), by age. */
  openByAge: Record<AgeBand, number>;
  /** Median minutes from receipt to the first triage step, over the reports that had one; undefined when none had. */
  medianMinutesToFirstTriage?: number;
  /** True when there were more reports than the window counted. */
  truncated: boolean;
}

const DAY_MS = 86_400_000;

export const minutesToFirstTriage = (r: Pick<ReportTiming, 'receivedAt' | 'firstTriagedAt'>): number | undefined =>
  r.firstTriagedAt ? Math.round((Date.parse(r.firstTriagedAt) - Date.parse(r.receivedAt)) / 60_000) : undefined;

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function ageBand(receivedAt: string, now: Date): AgeBand {
  const age = now.getTime() - Date.parse(receivedAt);
  return age < DAY_MS ? 'underADay' : age <= 7 * DAY_MS ? 'oneToSevenDays' : 'overAWeek';
}

export function triageStats(items: readonly ReportTiming[], now: Date): Omit<TriageStats, 'truncated'> {
  const byStatus = Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as Record<ReportStatus, number>;
  const openByAge = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>;
  const waits: number[] = [];
  for (const item of items) {
    byStatus[item.status] += 1;
    if (item.status === 'new' || item.status === 'in_review') openByAge[ageBand(item.receivedAt, now)] += 1;
    const wait = minutesToFirstTriage(item);
    if (wait !== undefined) waits.push(wait);
  }
  const medianMinutes = median(waits);
  return { byStatus, openByAge, ...(medianMinutes !== undefined ? { medianMinutesToFirstTriage: medianMinutes } : {}) };
}
