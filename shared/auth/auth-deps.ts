/**
 * What the sign-in use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one; so is anything else that has these, which is all a test has to provide.
 * Ports of other features (the members, the digests' time zone) are named through the store.
 */
import type { LimitDeps } from '../limits/fixed-window.ts';
import type { Clock } from '../ports/clock.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { Store } from '../ports/store.ts';
import type { AuthStore } from './auth-store.ts';
import type { SignInLinkQueue } from './sign-in-links.ts';

/** Asking for a sign-in link: the limit on the client, and the queue that sends the link. */
export type RequestSignInDeps = LimitDeps & { signInLinks: SignInLinkQueue };

/** Sending a sign-in link: the limits on the address, the member looked up, the token stored, and its link emailed. */
export type SignInLinkDeps = LimitDeps & {
  store: Pick<AuthStore, 'putSignInToken'> & Pick<Store, 'getMemberIdByEmail' | 'getMember'>;
  mailer: Mailer;
  appUrl: string;
};

/** The browser's time zone saved for a member who had none. */
export interface ProposedZoneDeps {
  store: Pick<Store, 'proposeTimeZone'>;
  clock: Clock;
}

/** Following a sign-in link: the token used up, the member read, their zone saved, and the session stored. */
export type VerifySignInDeps = ProposedZoneDeps & { store: Pick<AuthStore, 'consumeSignInToken' | 'putSession'> & Pick<Store, 'getMember'> };

/** The session of a request: the session read, and its member when the session does not vouch for them. */
export interface SessionDeps {
  store: Pick<AuthStore, 'getSession'> & Pick<Store, 'getMember'>;
  clock: Clock;
}
