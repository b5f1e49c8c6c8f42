/**
 * The observer roster: a member who may see a case signs up to observe one of
 * its hearings, or withdraws. Signing up twice is harmless (PUT semantics).
 */
import { requireMember } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import { readVisibleBundle, type BundleDeps } from '../cases/index.ts';
import { trimMissionItems } from '../missions/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Clock } from '../ports/clock.ts';
import type { Store } from '../ports/store.ts';
import { eventIdSchema, type ObserverSignup } from './calendar.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** Signs the viewer up; `created` is false when they already were. */
export async function signUpToObserve(
  deps: BundleDeps & { store: Pick<Store, 'saveObserver'>; clock: Clock },
  viewer: Viewer,
  caseId: string,
  rawEventId: string,
): Promise<{ created: boolean; signup: ObserverSignup }> {
  const member = requireMember(viewer);
  const eventId = parseOrThrow(eventIdSchema, rawEventId, 'eventId');
  const bundle = trimMissionItems(viewer, await readVisibleBundle(deps, viewer, caseId));
  const hearing = bundle.events.find((e) => e.id === eventId && e.type === 'hearing' && e.hearingAt);
  if (!hearing?.hearingAt) throw new NotFoundError('hearing');
  const existing = bundle.observers.find((o) => o.eventId === eventId && o.memberId === member.id);
  if (existing) return { created: false, signup: existing };
  const now = deps.clock.now();
  if (hearing.hearingAt < now.toISOString().slice(0, 16)) throw new ConflictError('This hearing has already taken place.', { wording: { key: 'calendar.errors.hearingPast' } });

  const at = now.toISOString();
  const signup: ObserverSignup = {
    caseId: bundle.case.id, eventId, memberId: member.id, memberName: member.name, role: member.role,
    hearingAt: hearing.hearingAt, createdAt: at,
  };
  await deps.store.saveObserver(signup, auditEntry(at, member, 'hearing.observer_added', { caseId: bundle.case.id }));
  return { created: true, signup };
}

/** Takes the viewer off the roster; false when they were not on it. */
export async function withdrawFromObserving(deps: BundleDeps & { store: Pick<Store, 'removeObserver'>; clock: Clock }, viewer: Viewer, caseId: string, rawEventId: string): Promise<boolean> {
  const member = requireMember(viewer);
  const eventId = parseOrThrow(eventIdSchema, rawEventId, 'eventId');
  const bundle = trimMissionItems(viewer, await readVisibleBundle(deps, viewer, caseId));
  if (!bundle.events.some((e) => e.id === eventId && e.type === 'hearing')) throw new NotFoundError('hearing');
  const at = deps.clock.now().toISOString();
  return deps.store.removeObserver(
    { caseId: bundle.case.id, eventId, memberId: member.id },
    auditEntry(at, member, 'hearing.observer_removed', { caseId: bundle.case.id }),
  );
}
