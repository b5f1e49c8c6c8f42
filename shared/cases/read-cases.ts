/** Reading cases: one case, a case with what is stored under it, or a filtered page, always through the visibility rule. */
import { canOpenCase, canSeeCase, listAudience } from '../access/visibility.ts';
import { caseIdSchema, caseListQuerySchema, type CaseState, type DefenderCase } from '../domain/case.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { callerOf, openCursor, sealCursor } from '../paging/cursor.ts';
import type { CaseBundle, CaseStore } from '../ports/store.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { BundleDeps, ListCasesDeps } from './case-deps.ts';

/** The case, or NotFoundError if it does not exist *or* the viewer may not see it. */
export async function getCase(deps: { store: Pick<CaseStore, 'getCase'> }, viewer: Viewer, id: string): Promise<DefenderCase> {
  const caseId = parseOrThrow(caseIdSchema, id, 'id');
  const found = await deps.store.getCase(caseId);
  if (!found || !canSeeCase(viewer, found)) throw new NotFoundError('case');
  return found;
}

/**
 * The case with everything stored under it, in one Query, if the viewer may see the case; the
 * consent ledger is for coordinators only. Each feature trims its own part before using it
 * (pledges: `adoptionFor`, missions: `trimMissionItems`); the case page gets every trim from
 * `getCaseBundle` in case-safety.
 *
 * `opening: true` is for reading the case itself (its page and
 * `GET /api/cases/{id}`): there the members a pause notice went to may also
 * read a paused case (`canOpenCase`), to follow the guidance. Every other
 * use, writes included, applies `canSeeCase`.
 */
export async function readVisibleBundle(deps: BundleDeps, viewer: Viewer, id: string, options: { opening?: boolean } = {}): Promise<CaseBundle> {
  return visibleBundle(viewer, await deps.store.getCaseBundle(parseOrThrow(caseIdSchema, id, 'id')), options);
}

/** `readVisibleBundle`'s rule over a bundle already read (the coordinators' case page reads it with the alerts' rosters). */
export function visibleBundle(viewer: Viewer, bundle: CaseBundle | undefined, options: { opening?: boolean } = {}): CaseBundle {
  const may = options.opening ? canOpenCase : canSeeCase;
  if (!bundle || !may(viewer, bundle.case)) throw new NotFoundError('case');
  return isCoordinator(viewer) ? bundle : { ...bundle, consent: [] };
}

export interface CaseList {
  items: DefenderCase[];
  nextCursor: string | null;
}

const OPEN_STATES: CaseState[] = ['active', 'dormant'];

/** `options.limit` lets a trusted caller (the export) read a larger page than the API allows. */
export async function listCases(deps: ListCasesDeps, viewer: Viewer, query: unknown, options: { limit?: number } = {}): Promise<CaseList> {
  const q = parseOrThrow(caseListQuerySchema, query);
  const limit = options.limit ?? q.limit;
  const coordinator = isCoordinator(viewer);
  const audience = listAudience(viewer, q.visibility);
  // Closed cases leave the default list; only coordinators find them, by asking for them.
  const states: CaseState[] = q.state ? (coordinator || q.state !== 'closed' ? [q.state] : []) : OPEN_STATES;
  const filter = {
    country: q.country, statuses: q.status, theme: q.theme, audience, states,
    nameContains: q.q?.toLowerCase(),
    noAdopter: q.noAdopter,
  };

  // A cursor is bound to this caller and these filters (and audience); reusing it with others is refused.
  const scope = { list: 'cases', caller: callerOf(viewer), filter };
  const start = q.cursor ? openCursor(deps.secret, scope, q.cursor) : undefined;
  const page = states.length === 0 ? { items: [] } : await deps.store.listCases(filter, limit, start);
  return {
    // The store's filter already applies the rule; checking again costs nothing and guards a regression.
    items: page.items.filter((c) => canSeeCase(viewer, c)),
    nextCursor: 'next' in page && page.next ? sealCursor(deps.secret, scope, page.next) : null,
  };
}
