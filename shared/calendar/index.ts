/** What other features may use of shared/calendar/ (they import nothing else from it). */
export { dayOf } from './calendar.ts';
export { hearingTimes, type HearingTimes } from './hearing-times.ts';
export type { ObserverSignup } from './calendar.ts';
