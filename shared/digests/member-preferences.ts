/**
 * A member reads and changes their own digest preferences. Updates carry
 * If-Match with the member's version (the ETag), like every other update.
 */
import { randomUUID } from 'node:crypto';
import { requireMember } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoreDeps } from '../deps.ts';
import { preferencesOf, preferencesSchema, type DigestPreferences } from './preferences.ts';

export interface MyPreferences {
  preferences: DigestPreferences;
  /** The member's version, the ETag for the next update. */
  version: number;
}

export async function getMyPreferences(deps: CoreDeps, viewer: Viewer): Promise<MyPreferences> {
  const me = requireMember(viewer);
  const member = await deps.store.getMember(me.id);
  if (!member) throw new NotFoundError('member');
  return { preferences: preferencesOf(member), version: member.version };
}

/** Fails with 428 without If-Match, 412 when the member changed since it was read. */
export async function updateMyPreferences(deps: CoreDeps, viewer: Viewer, ifMatch: string | undefined, body: unknown): Promise<MyPreferences> {
  const me = requireMember(viewer);
  const preferences = parseOrThrow(preferencesSchema, body);
  const expected = requireVersion(ifMatch);
  await deps.store.savePreferences(me.id, preferences, expected, {
    id: randomUUID(), at: deps.clock.now().toISOString(), actorId: me.id, action: 'member.preferences_updated', memberId: me.id,
    fields: Object.keys(preferences).sort(),
  });
  return { preferences, version: expected + 1 };
}
