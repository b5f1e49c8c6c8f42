/**
 * What the compose page starts from: the case, a draft prefilled from the
 * latest timeline event, the status suggestions and the recommended actions,
 * and how many members the alert would reach, by role and country, counted
 * with the same rule the send uses (from the reach the stream keeps, so the
 * page stays within three reads: shared/alerts/reach.ts). Coordinators only
 * (others: 403, or 404 for a case they may not see). The case's words stay
 * as written; the page translates the codes.
 */
import { requireCoordinatorFor } from '../access/roles.ts';
import { canSeeCase } from '../access/visibility.ts';
import { caseIdSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import { NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Store } from '../ports/store.ts';
import { suggestionsFor } from '../pledges/index.ts';
import type { AskedAction } from './alert.ts';
import { bundleOrNotFound } from './find-recipients.ts';
import { reachCounts } from './reach.ts';
import type { RecipientDeps } from './find-recipients.ts';
import type { RecipientCounts } from './recipients.ts';

export interface AlertDraft {
  happened: string;
  askedActions: AskedAction[];
  asked: string;
}

export interface ComposeContext {
  case: DefenderCase;
  latestEvent?: TimelineEvent;
  draft: AlertDraft;
  counts: RecipientCounts;
}

/** The draft: the latest event's title and description, the suggested actions, the case's recommended actions. */
export function draftFrom(c: DefenderCase, latestEvent: TimelineEvent | undefined): AlertDraft {
  const happened = latestEvent
    ? [`${latestEvent.date}: ${latestEvent.title}`, latestEvent.description ?? ''].filter(Boolean).join('\n')
    : '';
  const askedActions = suggestionsFor(c).flatMap((s) => (s.kind === 'action' ? [s.action] : []));
  return { happened, askedActions, asked: c.recommendedActions.join('\n') };
}

const newest = (events: readonly TimelineEvent[]) =>
  [...events].sort((a, b) => `${b.date}${b.createdAt}`.localeCompare(`${a.date}${a.createdAt}`))[0];

export async function composeAlert(
  deps: RecipientDeps & { store: Pick<Store, 'getCase' | 'getCaseBundle' | 'alertReach'> },
   viewer: Viewer, rawCaseId: string): Promise<ComposeContext> {
  const caseId = parseOrThrow(caseIdSchema, rawCaseId, 'id');
  await requireCoordinatorFor(viewer, async () => {
    const c = await deps.store.getCase(caseId);
    if (!c || !canSeeCase(viewer, c)) throw new NotFoundError('case');
  });
  const bundle = await bundleOrNotFound(deps, caseId);
  const latestEvent = newest(bundle.events);
  const counts = await reachCounts(deps, bundle);
  return { case: bundle.case, ...(latestEvent ? { latestEvent } : {}), draft: draftFrom(bundle.case, latestEvent), counts };
}
