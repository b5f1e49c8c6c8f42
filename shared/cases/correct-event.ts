/**
 * Corrections of the timeline (coordinators): an event edited or deleted,
 * conditioned on the version the coordinator saw (If-Match: the event's
 * ETag). Everything derived from the event follows in the same write (the
 * hearing calendar and its rosters, the week's news line, the case's place
 * in recent lists), and the audit line names the fields that changed.
 * Correcting an event never moves the case's risk status: that is an edit of
 * the case, with its own form.
 */
import { requireCoordinatorFor } from '../access/roles.ts';
import type { DefenderCase } from '../domain/case.ts';
import { correctedEvent, eventChangeSchemaFor, eventIdSchema } from '../domain/event-correction.ts';
import type { Viewer } from '../domain/member.ts';
import { eventVersion, type TimelineEvent } from '../domain/timeline.ts';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CorrectEventDeps, EventToCorrectDeps } from './case-deps.ts';
import type { CaseBundle } from '../ports/store.ts';
import { requireVersion } from '../writes/versions.ts';
import { getCase, readVisibleBundle } from './read-cases.ts';
import { auditEntry, type MemberActor } from '../writes/audit-entry.ts';

export interface CorrectedEvent {
  event: TimelineEvent;
  case: DefenderCase;
}

/** The event with its version (1 for one never corrected), as the API shows it. */
export const withVersion = (e: TimelineEvent): TimelineEvent & { version: number } => ({ ...e, version: eventVersion(e) });

/** The event and its case, for a coordinator: 404 for a case or an event that is not there. */
export async function eventToCorrect(deps: EventToCorrectDeps, viewer: Viewer, caseId: string, rawEventId: string): Promise<{ bundle: CaseBundle; event: TimelineEvent }> {
  await requireCoordinatorFor(viewer, () => getCase(deps, viewer, caseId));
  const eventId = parseOrThrow(eventIdSchema, rawEventId, 'eventId');
  const bundle = await readVisibleBundle(deps, viewer, caseId);
  const event = bundle.events.find((e) => e.id === eventId);
  if (!event) throw new NotFoundError('event');
  // A proceeding's stage follows the proceeding: corrected here, it would disagree with it.
  if (event.proceeding) throw new ConflictError('A proceeding\'s stage is changed on the proceeding.', { wording: { key: 'proceedings.errors.stageEvent' } });
  return { bundle, event };
}

/** `PATCH /api/cases/{id}/events/{eventId}`. */
export async function correctEvent(
  deps: CorrectEventDeps, viewer: Viewer, caseId: string, rawEventId: string, ifMatch: string | undefined, body: unknown,
): Promise<CorrectedEvent> {
  const { bundle, event: current } = await eventToCorrect(deps, viewer, caseId, rawEventId);
  const change = parseOrThrow(eventChangeSchemaFor(current), body);
  const expected = requireVersion(ifMatch);
  if (eventVersion(current) !== expected) throw new PreconditionFailedError();

  const { event: corrected, fields } = correctedEvent(current, change, bundle.case.country);
  if (fields.length === 0) return { event: current, case: bundle.case };
  const at = deps.clock.now().toISOString();
  const actor = viewer as MemberActor;
  const actorId = actor.id;
  const event: TimelineEvent = { ...corrected, version: expected + 1, updatedAt: at, updatedBy: actorId };
  const next = touched(bundle.case, actorId, at);
  await deps.store.saveEventCorrection({
    before: current, after: event, case: next, observers: bundle.observers,
    audit: auditEntry(at, actor, 'case.event_corrected', { caseId: current.caseId, fields }),
  });
  return { event, case: next };
}

/** `DELETE /api/cases/{id}/events/{eventId}`: the event, its news line and (a hearing) its roster go. */
export async function deleteEvent(
  deps: CorrectEventDeps, viewer: Viewer, caseId: string, rawEventId: string, ifMatch: string | undefined,
): Promise<DefenderCase> {
  const { bundle, event: current } = await eventToCorrect(deps, viewer, caseId, rawEventId);
  const expected = requireVersion(ifMatch);
  if (eventVersion(current) !== expected) throw new PreconditionFailedError();
  const at = deps.clock.now().toISOString();
  const actor = viewer as MemberActor;
  const actorId = actor.id;
  const next = touched(bundle.case, actorId, at);
  await deps.store.saveEventCorrection({
    before: current, case: next, observers: bundle.observers,
    audit: auditEntry(at, actor, 'case.event_deleted', { caseId: current.caseId, fields: ['timeline'] }),
  });
  return next;
}

/** The case as the touch leaves it: newer, one version up (the store bumps it whatever it was). */
const touched = (c: DefenderCase, actorId: string, at: string): DefenderCase => ({ ...c, updatedAt: at, updatedBy: actorId, version: c.version + 1 });
