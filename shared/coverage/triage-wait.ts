/**
 * The time from a report's receipt to its first triage step, counted so the
 * median is exact where it is read: one counter per minute under two days
 * (the triage page shows minutes under two hours, rounded hours under two
 * days), then one per whole hour up to 90 days, later waits sharing the last.
 * A month row so holds at most 2,880 + 2,160 counters, whatever the reports.
 * Minutes are rounded as the triage page rounds them (intake's
 * minutesToFirstTriage), so both give the same median.
 */
const MINUTE_FIELDS = 48 * 60;
const MAX_HOURS = 90 * 24;

export const TRIAGE_MINUTES = 'triageMinutes';
export const TRIAGE_HOURS = 'triageHours';

export function triageWaitField(receivedAt: string, firstTriagedAt: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(firstTriagedAt) - Date.parse(receivedAt)) / 60_000));
  if (minutes < MINUTE_FIELDS) return `${TRIAGE_MINUTES}${minutes}`;
  return `${TRIAGE_HOURS}${Math.min(MAX_HOURS, Math.floor(minutes / 60))}`;
}

/** The median wait in minutes over the counters (an hour counter stands for its first minute); null when none. */
export function medianTriageMinutes(counters: Record<string, number>): number | null {
  const counted: Array<[minutes: number, count: number]> = [];
  for (const [field, count] of Object.entries(counters)) {
    if (count <= 0) continue;
    if (field.startsWith(TRIAGE_MINUTES)) counted.push([Number(field.slice(TRIAGE_MINUTES.length)), count]);
    else if (field.startsWith(TRIAGE_HOURS)) counted.push([Number(field.slice(TRIAGE_HOURS.length)) * 60, count]);
  }
  counted.sort((a, b) => a[0] - b[0]);
  const total = counted.reduce((sum, [, c]) => sum + c, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const [value, c] of counted) {
      seen += c;
      if (seen > position) return value;
    }
    return counted[counted.length - 1]![0];
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}
