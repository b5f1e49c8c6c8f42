/**
 * The time from a report's receipt to its first triage step, kept exactly:
 * one month row per wait in minutes (`<YYYY-MM>#TRIAGE#<minutes>`, counting
 * the reports received that month that waited that long), so the median over
 * a period is the triage page's to the minute. The rows sit in the months
 * partition, inside the range the dashboard's one Query of a period already
 * reads; there are at most as many as distinct waits. Minutes are rounded as
 * intake's minutesToFirstTriage rounds them.
 */
export const TRIAGE_ROW = 'TRIAGE';

export const triageMinutes = (receivedAt: string, firstTriagedAt: string): number =>
  Math.max(0, Math.round((Date.parse(firstTriagedAt) - Date.parse(receivedAt)) / 60_000));

/** `2026-06#TRIAGE#0000042`: zero-padded so the rows of a month sort by wait. */
export const triageWaitKey = (month: string, minutes: number): string => `${month}#${TRIAGE_ROW}#${String(minutes).padStart(7, '0')}`;

/** The wait of a `…#TRIAGE#<minutes>` key in `months`, or undefined when the key is another row or another month. */
export function waitOf(key: string, months: ReadonlySet<string>): number | undefined {
  const [month, row, minutes] = key.split('#');
  return month && months.has(month) && row === TRIAGE_ROW && minutes ? Number(minutes) : undefined;
}

/** The median of the waits counted; null when none is. */
export function medianOfCounts(counted: ReadonlyArray<[value: number, count: number]>): number | null {
  const sorted = counted.filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, c]) => sum + c, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const [value, c] of sorted) {
      seen += c;
      if (seen > position) return value;
    }
    return sorted[sorted.length - 1]![0];
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}
