/**
 * Leaving the weekly digest from the link in it, without signing in: the
 * signed token is the proof. Both the confirm page's button and a mail
 * client's RFC 8058 one-click POST end here. A token that is not ours, or
 * names no member, is a 404 like any unknown page.
 */
import { NotFoundError } from '../errors/index.ts';
import type { CoreDeps } from '../deps.ts';
import type { DigestStore } from './digest-store.ts';
import { memberOfToken } from './unsubscribe-token.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** For the confirm page: checks the signature only (no read), so a forged token gets 404 at once. */
export function checkUnsubscribeToken(deps: Pick<CoreDeps, 'secret'>, token: string): string {
  const memberId = memberOfToken(deps.secret, token);
  if (!memberId) throw new NotFoundError('page');
  return memberId;
}

/** Turns the digest off. Idempotent: a second click changes nothing the member would notice. */
export async function unsubscribe(deps: Pick<CoreDeps, 'secret' | 'clock'> & { store: Pick<DigestStore, 'turnDigestOff'> }, token: string): Promise<void> {
  const memberId = checkUnsubscribeToken(deps, token);
  const done = await deps.store.turnDigestOff(memberId, auditEntry(deps.clock.now().toISOString(), { id: memberId, name: undefined }, 'member.unsubscribed', { memberId }));
  if (!done) throw new NotFoundError('page');
}
