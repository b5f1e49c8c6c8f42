/**
 * Reading requests and actions. The open requests of a posting are one Query
 * (by country and due date) and one BatchGet of their cases, whose
 * visibility decides what is shown. A case's requests and actions come from
 * its bundle, already trimmed to the viewer.
 */
import { requireMember } from '../access/roles.ts';
import { dayOf } from '../calendar/index.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';
import { ForbiddenError, ValidationError } from '../errors/index.ts';
import { readVisibleBundle } from '../cases/index.ts';
import { trimMissionItems } from './bundle-view.ts';
import { callerOf, openCursor, sealCursor } from '../paging/cursor.ts';
import { visiblePage } from '../paging/visible-page.ts';
import type { CaseSummary } from './mission-store.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CaseMissionsDeps, RequestListDeps } from './mission-deps.ts';
import { requestListQuerySchema } from './action-request.ts';
import { actionView, canSeeRequest, requestView, type ActionView, type RequestView } from './mission-access.ts';

export type { RequestListItem } from './mission-access.ts';
import type { RequestListItem } from './mission-access.ts';

export interface RequestList {
  /** The country listed (a diplomat's posting), or undefined when there is none. */
  country?: string;
  items: RequestListItem[];
  nextCursor: string | null;
}

/** Requests read per Query after a first read ended among hidden ones (a BatchGet of their cases takes 100). */
const READ_ON = 50;

/** `GET /api/action-requests?status=open|closed&country=`: coordinators choose a country, diplomats get their posting. */
export async function listActionRequests(deps: RequestListDeps, viewer: Viewer, query: unknown): Promise<RequestList> {
  const member = requireMember(viewer);
  const q = parseOrThrow(requestListQuerySchema, query);
  let country: string | undefined;
  if (isCoordinator(member)) {
    if (!q.country) throw new ValidationError([{ path: 'country', message: 'Choose a country.', key: 'missions.errors.chooseCountry' }]);
    country = q.country;
  } else if (member.role === 'diplomat') {
    // Asking for another country than one's posting shows nothing; it never widens the list.
    country = q.country === undefined || q.country === member.country ? member.country : undefined;
  } else {
    throw new ForbiddenError('Action requests are for coordinators and diplomats.', { wording: { key: 'missions.errors.requestsRole' } });
  }
  if (!country) return { items: [], nextCursor: null };

  const scope = { list: 'action-requests', caller: callerOf(viewer), filter: { country, status: q.status } };
  const start = q.cursor ? openCursor(deps.secret, scope, q.cursor) : undefined;
  const today = dayOf(deps.clock.now());
  // Requests on cases the viewer may not see are read past, never ended on: the cursor names only what was shown.
  const page = await visiblePage({
    limit: q.limit, start,
    read: async (from, round) => {
      const read = await deps.store.listRequestsByCountry(country, q.status, round === 0 ? q.limit : Math.max(q.limit, READ_ON), from);
      const cases = new Map((await deps.store.getCaseSummaries([...new Set(read.items.map((r) => r.item.caseId))])).map((c) => [c.id, c]));
      const rows = read.items.flatMap(({ item: r, position }) => {
        const c = cases.get(r.caseId);
        if (!c || !canSeeRequest(viewer, r, c)) return [];
        const item = { ...requestView(viewer, r, today), case: { id: c.id, defenderName: c.defenderName, country: c.country, riskStatuses: c.riskStatuses } };
        return [{ item, position }];
      });
      return { rows, ...(read.next ? { next: read.next } : {}) };
    },
  });
  return { country, items: page.items, nextCursor: page.next ? sealCursor(deps.secret, scope, page.next) : null };
}

/** `GET /api/cases/{id}/action-requests`: the case's requests the viewer may see, soonest due first. */
export async function requestsOfCase(deps: CaseMissionsDeps, viewer: Viewer, caseId: string): Promise<RequestView[]> {
  const bundle = trimMissionItems(viewer, await readVisibleBundle(deps, viewer, caseId));
  const today = dayOf(deps.clock.now());
  return bundle.requests.map((r) => requestView(viewer, r, today)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** `GET /api/cases/{id}/mission-actions`: the case's actions the viewer may see, newest first. */
export async function actionsOfCase(deps: CaseMissionsDeps, viewer: Viewer, caseId: string): Promise<ActionView[]> {
  const bundle = trimMissionItems(viewer, await readVisibleBundle(deps, viewer, caseId));
  return bundle.missionActions.map((a) => actionView(viewer, a)).reverse();
}
