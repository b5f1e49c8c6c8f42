/** What every use case receives: the ports and the few settings the core needs. */
import type { Clock } from './ports/clock.ts';
import type { Mailer } from './ports/mailer.ts';
import type { Store } from './ports/store.ts';

export interface CoreDeps {
  store: Store;
  mailer: Mailer;
  clock: Clock;
  /** Public base URL of the app, used in emailed links (no trailing slash). */
  appUrl: string;
  /** Key for HMACs: list cursors now, unsubscribe tokens later. */
  secret: string;
}
