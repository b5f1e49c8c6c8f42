/**
 * ISO 8601 weeks (`2026-W48`, Monday-based, UTC) and the window a week's
 * digest covers. The digest of week W goes out on the Monday that starts W:
 * it reports the seven days before that Monday (the week just ended) and
 * looks ahead at the hearings in the fourteen days from it. So the Monday
 * run sends the week it runs in, and a week's content is fixed once it starts.
 */

const DAY = 86_400_000;
/** `2026-W48`. */
export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The Monday (00:00 UTC) of ISO week 1 of `year`: the week holding 4 January. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
}

/** `isoWeekOf(new Date('2026-11-23T09:00Z'))` → `'2026-W48'`. */
export function isoWeekOf(date: Date): string {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  // The Thursday of the same week decides the ISO year.
  const thursday = day + (3 - ((new Date(day).getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - firstMonday(year)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday 00:00 UTC that starts the week, or undefined for a week that does not exist (`2021-W53`). */
export function weekStart(week: string): Date | undefined {
  const match = ISO_WEEK_PATTERN.exec(week);
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1) return undefined;
  const monday = new Date(firstMonday(year) + (number - 1) * 7 * DAY);
  return isoWeekOf(monday) === week ? monday : undefined;
}

/** The first instant a digest window may not reach: ISO timestamps (and the keys sorted by them) have four-digit years. */
const END_OF_TIME = Date.UTC(10000, 0, 1);

/** Whether the week's digest window (it looks two weeks ahead) ends before END_OF_TIME. */
export const windowFitsTimeline = (week: string): boolean => (weekStart(week)?.getTime() ?? 0) + 14 * DAY < END_OF_TIME;

/** `addWeeks('2026-W52', 2)` → `'2027-W01'` or `'2027-W02'` as the calendar says. */
export function addWeeks(week: string, count: number): string {
  const start = weekStart(week);
  if (!start) throw new RangeError(`Not an ISO week: ${week}`);
  return isoWeekOf(new Date(start.getTime() + count * 7 * DAY));
}

export interface DigestWindow {
  week: string;
  /** Activity reported: [from, to), ISO timestamps. */
  from: string;
  to: string;
  /** Hearings listed: [to, hearingsTo), `YYYY-MM-DDTHH:mm` like hearing times. */
  hearingsFrom: string;
  hearingsTo: string;
}

export function digestWindow(week: string): DigestWindow {
  const monday = weekStart(week);
  if (!monday) throw new RangeError(`Not an ISO week: ${week}`);
  const at = (offsetDays: number) => new Date(monday.getTime() + offsetDays * DAY).toISOString();
  return {
    week,
    from: at(-7),
    to: at(0),
    hearingsFrom: at(0).slice(0, 16),
    hearingsTo: at(14).slice(0, 16),
  };
}

/**
 * A week may be sent once its reporting period has ended, on the Monday that
 * starts it: sent earlier, what happens in the rest of the reported week
 * would never reach any digest (the next week reports the days after).
 */
export const mayBeSent = (week: string, now: Date): boolean => {
  const monday = weekStart(week);
  return monday !== undefined && monday.getTime() <= now.getTime();
};
