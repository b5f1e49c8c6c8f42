/** What other features may use of shared/calendar/ (they import nothing else from it). */
export { dayOf } from './calendar.ts';
// The homes' calendar window (shared/coverage/member-home.ts).
export { addDays, CALENDAR_WEEKS } from './calendar.ts';
export { hearingTimes, type HearingTimes } from './hearing-times.ts';
export type { ObserverSignup } from './calendar.ts';
