/**
 * Opaque, signed list cursors. The store hands back its position as a plain
 * object; callers only ever see `base64url(json).hmac`, and a cursor that was
 * altered or made up is refused as a validation error on `cursor`.
 */
import { ValidationError } from '../errors/index.ts';
import { hmac, safeEqual } from '../auth/tokens.ts';

export function encodeCursor(secret: string, position: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(position)).toString('base64url');
  return `${body}.${hmac(secret, body)}`;
}

export function decodeCursor(secret: string, cursor: string): Record<string, unknown> {
  const [body, signature, extra] = cursor.split('.');
  if (!body || !signature || extra !== undefined || !safeEqual(signature, hmac(secret, body))) {
    throw new ValidationError([{ path: 'cursor', message: 'Not a cursor this server issued.' }]);
  }
  return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
}
