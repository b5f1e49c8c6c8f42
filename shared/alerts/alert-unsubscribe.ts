/**
 * Leaving urgent alerts from the link in one, without signing in: the token
 * is `<memberId>.<HMAC>` signed for this one purpose, so the digest's
 * unsubscribe token cannot stop alerts and this one cannot stop the digest.
 */
import { hmac, safeEqual } from '../crypto/tokens.ts';
import { NotFoundError } from '../errors/index.ts';
import type { CoreDeps } from '../deps.ts';
import type { AlertStore } from './alert-store.ts';
import { auditEntry } from '../writes/audit-entry.ts';

const PURPOSE = 'tandem:alerts-unsubscribe:v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const alertUnsubscribeToken = (secret: string, memberId: string): string => `${memberId}.${hmac(secret, `${PURPOSE}:${memberId}`)}`;

export const alertUnsubscribeUrl = (appUrl: string, secret: string, memberId: string): string =>
  `${appUrl}/alerts/unsubscribe/${alertUnsubscribeToken(secret, memberId)}`;

/** The member the token was made for; 404 when it is not one of ours (checked without a read). */
export function checkAlertUnsubscribeToken(deps: Pick<CoreDeps, 'secret'>, token: string): string {
  const [memberId = '', signature = '', extra] = token.length > 200 ? [] : token.split('.');
  if (extra !== undefined || !UUID.test(memberId) || !safeEqual(signature, hmac(deps.secret, `${PURPOSE}:${memberId}`))) {
    throw new NotFoundError('page');
  }
  return memberId;
}

/** Turns urgent alerts off for the token's member. Idempotent. */
export async function unsubscribeFromAlerts(deps: Pick<CoreDeps, 'secret' | 'clock'> & { store: Pick<AlertStore, 'turnAlertsOff'> }, token: string): Promise<void> {
  const memberId = checkAlertUnsubscribeToken(deps, token);
  const done = await deps.store.turnAlertsOff(memberId, auditEntry(deps.clock.now().toISOString(), { id: memberId, name: undefined }, 'member.alerts_off', { memberId }));
  if (!done) throw new NotFoundError('page');
}
