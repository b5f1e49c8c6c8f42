/**
 * A member reads and changes their own preferences. Updates carry If-Match
 * with the member's version (the ETag), like every other update; the page
 * language alone (the language switcher) goes without, as a one-field change
 * cannot undo anyone's edit. A save rewrites the current session's snapshot
 * of the language and zone, so the very next page follows it.
 */
import { z } from 'zod';
import { requireMember } from '../access/roles.ts';
import { sha256 } from '../crypto/tokens.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoreDeps } from '../deps.ts';
import type { Store } from '../ports/store.ts';
import { effectiveChoices, memberPreferencesOf, preferencesSchema, timeZoneOf, type MemberPreferences } from './preferences.ts';
import { auditEntry, type MemberActor } from '../writes/audit-entry.ts';

export interface MyPreferences {
  preferences: MemberPreferences;
  /** The member's version, the ETag for the next update. */
  version: number;
}

export async function getMyPreferences(deps: { store: Pick<Store, 'getMember'> }, viewer: Viewer): Promise<MyPreferences> {
  const me = requireMember(viewer);
  const member = await deps.store.getMember(me.id);
  if (!member) throw new NotFoundError('member');
  return { preferences: memberPreferencesOf(member), version: member.version };
}

const audit = (deps: Pick<CoreDeps, 'clock'>, member: MemberActor, fields: string[]) =>
  auditEntry(deps.clock.now().toISOString(), member, 'member.preferences_updated', { memberId: member.id, fields });

/**
 * Fails with 428 without If-Match, 412 when the member changed since it was read.
 * `sessionId` is the caller's session (its snapshot follows the save).
 */
export async function updateMyPreferences(
  deps: Pick<CoreDeps, 'clock'> & { store: Pick<Store, 'savePreferences' | 'updateSessionChoices'> }, viewer: Viewer, ifMatch: string | undefined, body: unknown, sessionId?: string,
): Promise<MyPreferences> {
  const me = requireMember(viewer);
  const input = parseOrThrow(preferencesSchema, body);
  const expected = requireVersion(ifMatch);
  await deps.store.savePreferences(me.id, input, expected, audit(deps, me, Object.keys(input).sort()));
  const choices = effectiveChoices(input, me.country);
  if (sessionId) await deps.store.updateSessionChoices(sha256(sessionId), choices);
  return { preferences: { ...input, ...choices }, version: expected + 1 };
}

export const uiLanguageChoiceSchema = z.object({ language: z.enum(UI_LANGUAGES) });

/** The language switcher of a signed-in member: saves the page language (404 if the member is gone). */
export async function chooseUiLanguage(deps: Pick<CoreDeps, 'clock'> & { store: Pick<Store, 'saveUiLanguage' | 'updateSessionChoices'> }, viewer: Viewer, body: unknown, sessionId?: string): Promise<UiLanguage> {
  const me = requireMember(viewer);
  const { language } = parseOrThrow(uiLanguageChoiceSchema, body);
  if (!(await deps.store.saveUiLanguage(me.id, language, audit(deps, me, ['uiLanguage'])))) throw new NotFoundError('member');
  if (sessionId) {
    await deps.store.updateSessionChoices(sha256(sessionId), { uiLanguage: language, timeZone: me.timeZone ?? timeZoneOf(me) });
  }
  return language;
}
