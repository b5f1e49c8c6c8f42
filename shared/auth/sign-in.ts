/**
 * Passwordless sign-in: a one-time link by email (15 minutes, single use,
 * stored only as a hash), then a server-side session.
 *
 * The request answers the same for known and unknown addresses, and is
 * rate-limited per address whether or not it is known, so neither the answer
 * nor the limit tells an attacker who is a member.
 */
import { signInRequestSchema, type Member } from '../domain/member.ts';
import { TooManyRequestsError, ValidationError } from '../errors/index.ts';
import { epochSeconds } from '../ports/clock.ts';
import type { Session } from '../ports/store.ts';
import { parseOrThrow } from '../validation.ts';
import type { CoreDeps } from '../deps.ts';
import { randomToken, sha256 } from './tokens.ts';
import { signInEmail } from './sign-in-email.ts';

export const SIGN_IN_LINK_MINUTES = 15;
export const SESSION_HOURS = 12;
/** At most this many link requests per address per window. */
export const SIGN_IN_LIMIT = 5;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

export async function requestSignIn(deps: CoreDeps, body: unknown): Promise<void> {
  const { email } = parseOrThrow(signInRequestSchema, body);
  const now = epochSeconds(deps.clock.now());

  const windowEndsAt = (Math.floor(now / SIGN_IN_WINDOW_SECONDS) + 1) * SIGN_IN_WINDOW_SECONDS;
  const hits = await deps.store.hitRateLimit(`sign-in:${sha256(email)}`, windowEndsAt);
  if (hits > SIGN_IN_LIMIT) throw new TooManyRequestsError(windowEndsAt - now);

  const memberId = await deps.store.getMemberIdByEmail(email);
  if (!memberId) return;

  const token = randomToken();
  await deps.store.putSignInToken(sha256(token), memberId, now + SIGN_IN_LINK_MINUTES * 60);
  const link = `${deps.appUrl}/auth/verify?token=${encodeURIComponent(token)}`;
  await deps.mailer.send(signInEmail(email, link, SIGN_IN_LINK_MINUTES));
}

export interface SignedIn {
  /** The raw session id for the cookie; only its hash is stored. */
  sessionId: string;
  member: Member;
}

/** Consumes a sign-in token and opens a session, or fails if the link is unknown, used or expired. */
export async function verifySignIn(deps: CoreDeps, token: string | undefined): Promise<SignedIn> {
  const invalid = new ValidationError(
    [{ path: 'token', message: 'This sign-in link is invalid, used or expired. Ask for a new one.' }],
    'Invalid sign-in link.',
  );
  if (!token || token.length > 100) throw invalid;
  const now = epochSeconds(deps.clock.now());
  const memberId = await deps.store.consumeSignInToken(sha256(token), now);
  if (!memberId) throw invalid;
  const member = await deps.store.getMember(memberId);
  if (!member) throw invalid;

  const sessionId = randomToken();
  const session: Session = {
    idHash: sha256(sessionId),
    memberId: member.id,
    // A snapshot so each request needs one read; sessions are short (12 h).
    email: member.email,
    name: member.name,
    role: member.role,
    ...(member.country ? { country: member.country } : {}), ...(member.mission ? { mission: member.mission } : {}),
    expiresAt: now + SESSION_HOURS * 3600,
  };
  await deps.store.putSession(session);
  return { sessionId, member };
}

export async function sessionFor(deps: CoreDeps, sessionId: string): Promise<Session | undefined> {
  if (sessionId.length > 100) return undefined;
  const session = await deps.store.getSession(sha256(sessionId));
  if (!session || session.expiresAt <= epochSeconds(deps.clock.now())) return undefined;
  return session;
}

export async function signOut(deps: CoreDeps, sessionId: string): Promise<void> {
  await deps.store.deleteSession(sha256(sessionId));
}
