/**
 * Unsubscribe links: `<memberId>.<HMAC>` signed with the app's key for this
 * one purpose, so the token proves which member asked without a session and
 * cannot be reused for anything else (cursors are signed over other text).
 * No expiry: a digest in an archive must still unsubscribe.
 */
import { hmac, safeEqual } from '../crypto/tokens.ts';

const PURPOSE = 'tandem:unsubscribe:v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const unsubscribeToken = (secret: string, memberId: string): string => `${memberId}.${hmac(secret, `${PURPOSE}:${memberId}`)}`;

export const unsubscribeUrl = (appUrl: string, secret: string, memberId: string): string =>
  `${appUrl}/unsubscribe/${unsubscribeToken(secret, memberId)}`;

/** The member the token was made for, or undefined when it is not one of ours. */
export function memberOfToken(secret: string, token: string): string | undefined {
  if (token.length > 200) return undefined;
  const [memberId = '', signature = '', extra] = token.split('.');
  if (extra !== undefined || !UUID.test(memberId)) return undefined;
  return safeEqual(signature, hmac(secret, `${PURPOSE}:${memberId}`)) ? memberId : undefined;
}
