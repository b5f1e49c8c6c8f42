export type * from './store.ts';
export type * from './mailer.ts';
export { systemClock, epochSeconds, type Clock } from './clock.ts';
export type * from '../pledges/pledge-store.ts';
