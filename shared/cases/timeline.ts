/**
 * Coordinators post timeline events. An event may also move the case's risk
 * status (arrest → detained…) when the coordinator confirms it; then the
 * client's If-Match applies, since the case itself changes.
 */
import { randomUUID } from 'node:crypto';
import { requireCoordinatorFor } from '../access/roles.ts';
import type { DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { newEventSchema, type TimelineEvent } from '../domain/timeline.ts';
import { PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../validation.ts';
import type { CoreDeps } from '../deps.ts';
import { getCase } from './read-cases.ts';
import { requireVersion } from './update-case.ts';

export interface EventPosted {
  event: TimelineEvent;
  case: DefenderCase;
}

export async function addEvent(
  deps: CoreDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown,
): Promise<EventPosted> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const { newRiskStatus, ...input } = parseOrThrow(newEventSchema, body);
  const current = await getCase(deps, viewer, id);
  const moves = newRiskStatus !== undefined && newRiskStatus !== current.riskStatus;
  const expected = moves ? requireVersion(ifMatch) : current.version;
  if (current.version !== expected) throw new PreconditionFailedError();

  const at = deps.clock.now().toISOString();
  const event: TimelineEvent = { id: randomUUID(), caseId: current.id, ...input, createdAt: at, createdBy: actor.id };
  // The case's updatedAt moves either way, so it rises in "recently updated" lists.
  const next: DefenderCase = {
    ...current, ...(moves ? { riskStatus: newRiskStatus, riskStatusSince: at } : {}), updatedAt: at, updatedBy: actor.id, version: current.version + 1,
  };
  await deps.store.saveCase({
    case: next,
    // Moving the status is an edit of the case (If-Match); a plain event must not fail on a concurrent edit.
    ...(moves ? { expectedVersion: expected } : { touch: {} }),
    audit: {
      id: randomUUID(), at, actorId: actor.id, action: 'case.event_added', caseId: current.id,
      fields: moves ? ['timeline', 'riskStatus'] : ['timeline'],
    },
    event,
  });
  return { event, case: next };
}

/** Newest first, as the case page shows them. */
export const newestFirst = (events: TimelineEvent[]): TimelineEvent[] =>
  [...events].sort((a, b) => `${b.date}${b.createdAt}`.localeCompare(`${a.date}${a.createdAt}`));
