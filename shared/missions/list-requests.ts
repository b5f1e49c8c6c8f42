/**
 * Reading requests and actions. The open requests of a posting are one Query
 * (by country and due date) and one BatchGet of their cases, whose
 * visibility decides what is shown. A case's requests and actions come from
 * its bundle, already trimmed to the viewer.
 */
import { requireMember } from '../access/roles.ts';
import { dayOf } from '../calendar/calendar.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';
import { ForbiddenError, ValidationError } from '../errors/index.ts';
import { getCaseBundle } from '../cases/read-cases.ts';
import { hashRequest } from '../cases/idempotency.ts';
import { decodeCursor, encodeCursor } from '../paging/cursor.ts';
import type { CaseSummary } from '../ports/store.ts';
import { parseOrThrow } from '../validation.ts';
import type { CoreDeps } from '../deps.ts';
import { requestListQuerySchema } from './action-request.ts';
import { actionView, canSeeRequest, requestView, type ActionView, type RequestView } from './mission-access.ts';

export type RequestListItem = RequestView & { case: Pick<CaseSummary, 'id' | 'defenderName' | 'country' | 'riskStatus'> };

export interface RequestList {
  /** The country listed (a diplomat's posting), or undefined when there is none. */
  country?: string;
  items: RequestListItem[];
  nextCursor: string | null;
}

/** `GET /api/action-requests?status=open|closed&country=`: coordinators choose a country, diplomats get their posting. */
export async function listActionRequests(deps: CoreDeps, viewer: Viewer, query: unknown): Promise<RequestList> {
  const member = requireMember(viewer);
  const q = parseOrThrow(requestListQuerySchema, query);
  let country: string | undefined;
  if (isCoordinator(member)) {
    if (!q.country) throw new ValidationError([{ path: 'country', message: 'Choose a country.' }]);
    country = q.country;
  } else if (member.role === 'diplomat') {
    // Asking for another country than one's posting shows nothing; it never widens the list.
    country = q.country === undefined || q.country === member.country ? member.country : undefined;
  } else {
    throw new ForbiddenError('Action requests are for coordinators and diplomats.');
  }
  if (!country) return { items: [], nextCursor: null };

  const filterHash = hashRequest({ country, status: q.status });
  let start: Record<string, unknown> | undefined;
  if (q.cursor) {
    const position = decodeCursor(deps.secret, q.cursor);
    if (position.filter !== filterHash) throw new ValidationError([{ path: 'cursor', message: 'This cursor belongs to another list.' }]);
    start = position.key as Record<string, unknown>;
  }
  const page = await deps.store.listRequestsByCountry(country, q.status, q.limit, start);
  const cases = new Map((await deps.store.getCaseSummaries([...new Set(page.items.map((r) => r.caseId))])).map((c) => [c.id, c]));
  const today = dayOf(deps.clock.now());
  const items = page.items.flatMap((r) => {
    const c = cases.get(r.caseId);
    if (!c || !canSeeRequest(viewer, r, c)) return [];
    return [{ ...requestView(viewer, r, today), case: { id: c.id, defenderName: c.defenderName, country: c.country, riskStatus: c.riskStatus } }];
  });
  return { country, items, nextCursor: page.next ? encodeCursor(deps.secret, { key: page.next, filter: filterHash }) : null };
}

/** `GET /api/cases/{id}/action-requests`: the case's requests the viewer may see, soonest due first. */
export async function requestsOfCase(deps: CoreDeps, viewer: Viewer, caseId: string): Promise<RequestView[]> {
  const bundle = await getCaseBundle(deps, viewer, caseId);
  const today = dayOf(deps.clock.now());
  return bundle.requests.map((r) => requestView(viewer, r, today)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** `GET /api/cases/{id}/mission-actions`: the case's actions the viewer may see, newest first. */
export async function actionsOfCase(deps: CoreDeps, viewer: Viewer, caseId: string): Promise<ActionView[]> {
  const bundle = await getCaseBundle(deps, viewer, caseId);
  return bundle.missionActions.map((a) => actionView(viewer, a)).reverse();
}
