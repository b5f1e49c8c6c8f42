/**
 * Opaque list cursors. The store hands back its position as a plain object;
 * callers only ever see it sealed with AES-256-GCM under a key derived
 * (HKDF-SHA256) from the app's secret, with a fresh nonce each time, so a
 * cursor reveals nothing of the item it points at, not even whether two
 * pages end on the same one. A cursor carries the list, the caller and the
 * filter it was issued for: presented for anything else, or altered, it is
 * refused as a validation error on `cursor`.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Viewer } from '../domain/member.ts';
import { ValidationError } from '../errors/index.ts';

/** What a cursor is for: one list, one caller, one filter. */
export interface CursorScope {
  list: string;
  /** `callerOf(viewer)`. */
  caller: string;
  filter?: unknown;
}

/** Members are themselves; every anonymous visitor is the same caller (they see the same lists). */
export const callerOf = (viewer: Viewer): string => (viewer.kind === 'member' ? `member:${viewer.id}` : 'anonymous');

const NONCE = 12;
const TAG = 16;
const keys = new Map<string, Buffer>();

/** The cursor key: derived, never the HMAC secret itself, so the two uses cannot be played against each other. */
function keyOf(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'tandem list cursor v1', 32));
    keys.set(secret, key);
  }
  return key;
}

/** Object keys sorted at every depth: the same scope always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

const scopeHash = (scope: CursorScope) =>
  createHash('sha256').update(JSON.stringify(canonical([scope.list, scope.caller, scope.filter ?? null]))).digest('base64url');

const refused = (message: string) => new ValidationError([{ path: 'cursor', message }]);

export function sealCursor(secret: string, scope: CursorScope, position: Record<string, unknown>): string {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), nonce);
  const sealed = Buffer.concat([cipher.update(JSON.stringify({ scope: scopeHash(scope), position }), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url');
}

/**
 * What a cursor holds, if this server sealed it, whoever it was for. Lists
 * use `openCursor`; this is for checking what cursors carry (tests, audits).
 */
export function unsealCursor(secret: string, cursor: string): { scope: string; position: Record<string, unknown> } | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.length <= NONCE + TAG) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), bytes.subarray(0, NONCE));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
    const plain = Buffer.concat([decipher.update(bytes.subarray(NONCE, bytes.length - TAG)), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as { scope: string; position: Record<string, unknown> };
  } catch {
    return undefined;
  }
}

/** The position a cursor holds, if it was issued for this very list, caller and filter. */
export function openCursor(secret: string, scope: CursorScope, cursor: string): Record<string, unknown> {
  const opened = unsealCursor(secret, cursor);
  if (!opened) throw refused('Not a cursor this server issued.');
  if (opened.scope !== scopeHash(scope)) throw refused('This cursor belongs to another list, caller or filter.');
  return opened.position;
}
