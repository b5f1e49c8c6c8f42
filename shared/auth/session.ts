/**
 * A session cookie's session, as every request resolves it (web/middleware/session.ts). Apart
 * from the sign-in itself (./sign-in.ts, which re-exports it) so that a cold start does not read
 * the sign-in's schemas, emails and digest preferences to answer a request.
 */
import { isActiveMember } from '../domain/member-model.ts';
import { epochSeconds } from '../ports/clock.ts';
import { sha256 } from '../crypto/tokens.ts';
import type { Session } from './auth-store.ts';
import type { SessionDeps } from './auth-deps.ts';

/** How long a session lasts from its sign-in. */
export const SESSION_HOURS = 12;

export async function sessionFor(deps: SessionDeps, sessionId: string): Promise<Session | undefined> {
  if (sessionId.length > 100) return undefined;
  const session = await deps.store.getSession(sha256(sessionId));
  if (!session || session.expiresAt <= epochSeconds(deps.clock.now())) return undefined;
  if (!session.listedByMember) {
    const member = await deps.store.getMember(session.memberId);
    if (!member || !isActiveMember(member)) return undefined;
  }
  return session;
}
