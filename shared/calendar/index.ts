/** What other features may use of shared/calendar/ (they import nothing else from it). */
export { dayOf } from './calendar.ts';
export type { ObserverSignup } from './calendar.ts';
