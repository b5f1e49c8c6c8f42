/**
 * Coordinators post timeline events. An event may also move the case's risk
 * status (arrest → detained…) when the coordinator confirms it; then the
 * client's If-Match applies, since the case itself changes. Idempotent with
 * an Idempotency-Key: a client retrying after a lost answer stores it once.
 */
import { randomUUID } from 'node:crypto';
import { requireCoordinatorFor } from '../access/roles.ts';
import type { DefenderCase } from '../domain/case.ts';
import { loadCaseContext } from '../missions/index.ts';
import type { Viewer } from '../domain/member.ts';
import { newEventSchema, storedHearingTime, type TimelineEvent } from '../domain/timeline.ts';
import { PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { AddEventDeps } from './case-deps.ts';
import { caseView, type CaseView } from './case-view.ts';
import { once, type Replay } from '../writes/idempotency.ts';
import { getCase } from './read-cases.ts';
import { etagOf, requireVersion } from '../writes/versions.ts';
import { sameStatuses, statusesAfterEvent, withStatuses } from '../domain/risk-statuses.ts';
import { auditEntry } from '../writes/audit-entry.ts';

export interface EventPosted {
  replayed: false;
  event: TimelineEvent;
  case: DefenderCase;
}

/** The answer a posted event gets, stored as is for a replay. */
export const eventAnswer = (viewer: Viewer, posted: { event: TimelineEvent; case: DefenderCase }): { event: TimelineEvent; case: CaseView } =>
  ({ event: posted.event, case: caseView(viewer, posted.case) });

/** `POST /api/cases/{id}/events`: the case and the key's record are read together (one BatchGet). */
export async function addEvent(
  deps: AddEventDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown, idempotencyKey?: string,
): Promise<EventPosted | Replay> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const { newRiskStatus, hearingLocal, ...fields } = parseOrThrow(newEventSchema, body);
  const scope = `events:${actor.id}`;
  // Read before the key is looked up, so a replay passes the same checks as a fresh request.
  const loaded = await loadCaseContext(deps, viewer, id, { scope, rawKey: idempotencyKey });
  const current = loaded.case;
  // A hearing is stored as its UTC instant and its court's zone (typed as the court's local time).
  const input = fields.type === 'hearing' ? { ...fields, ...storedHearingTime({ ...fields, hearingLocal }, current.country) } : fields;
  return once(loaded.deps, scope, idempotencyKey, { caseId: current.id, newRiskStatus, hearingLocal, ...fields }, async (claimFor) => {
    // The confirmed status joins those held, ending those it supersedes (a release ends the detention).
    const statuses = newRiskStatus === undefined ? current.riskStatuses : statusesAfterEvent(current.riskStatuses, newRiskStatus);
    const moves = !sameStatuses(statuses, current.riskStatuses);
    const expected = moves ? requireVersion(ifMatch) : current.version;
    if (current.version !== expected) throw new PreconditionFailedError();

    const at = deps.clock.now().toISOString();
    const event: TimelineEvent = { id: randomUUID(), caseId: current.id, ...input, createdAt: at, createdBy: actor.id, version: 1 };
    // The case's updatedAt moves either way, so it rises in "recently updated" lists.
    const next: DefenderCase = {
      ...current, ...(moves ? withStatuses(current, statuses, at) : {}), updatedAt: at, updatedBy: actor.id, version: current.version + 1,
    };
    await deps.store.saveCase({
      case: next,
      // Moving the status is an edit of the case (If-Match); a plain event must not fail on a concurrent edit.
      ...(moves ? { expectedVersion: expected } : { touch: {} }),
      audit: auditEntry(at, actor, 'case.event_added', { caseId: current.id, fields: moves ? ['timeline', 'riskStatuses'] : ['timeline'] }),
      event,
      idempotency: claimFor?.({ status: 201, body: eventAnswer(viewer, { event, case: next }), etag: etagOf(next) }),
    });
    return { replayed: false as const, event, case: next };
  });
}

/** Newest first, as the case page shows them. */
export const newestFirst = (events: TimelineEvent[]): TimelineEvent[] =>
  [...events].sort((a, b) => `${b.date}${b.createdAt}`.localeCompare(`${a.date}${a.createdAt}`));
