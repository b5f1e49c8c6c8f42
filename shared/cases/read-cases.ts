/** Reading cases: one case, or a filtered page, always through the visibility rule. */
import { canSeeCase, visibleLevels } from '../access/visibility.ts';
import { caseIdSchema, caseListQuerySchema, type DefenderCase } from '../domain/case.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';
import { NotFoundError, ValidationError } from '../errors/index.ts';
import { hashRequest } from './idempotency.ts';
import { decodeCursor, encodeCursor } from '../paging/cursor.ts';
import { parseOrThrow } from '../validation.ts';
import type { CoreDeps } from '../deps.ts';

/** The case, or NotFoundError if it does not exist *or* the viewer may not see it. */
export async function getCase(deps: CoreDeps, viewer: Viewer, id: string): Promise<DefenderCase> {
  const caseId = parseOrThrow(caseIdSchema, id, 'id');
  const found = await deps.store.getCase(caseId);
  if (!found || !canSeeCase(viewer, found)) throw new NotFoundError('case');
  return found;
}

export interface CaseList {
  items: DefenderCase[];
  nextCursor: string | null;
}

export async function listCases(deps: CoreDeps, viewer: Viewer, query: unknown): Promise<CaseList> {
  const q = parseOrThrow(caseListQuerySchema, query);
  // A cursor is bound to the filters it was issued for; reusing it with others is refused.
  const filterHash = hashRequest({ country: q.country, status: q.status, theme: q.theme, v: visibleLevels(viewer) });
  let start: Record<string, unknown> | undefined;
  if (q.cursor) {
    const position = decodeCursor(deps.secret, q.cursor);
    if (position.filter !== filterHash) {
      throw new ValidationError([{ path: 'cursor', message: 'This cursor belongs to a list with other filters.' }]);
    }
    start = position.key as Record<string, unknown>;
  }
  const page = await deps.store.listCases(
    {
      country: q.country,
      status: q.status,
      theme: q.theme,
      visibilities: visibleLevels(viewer),
      // Closed cases leave the default list; coordinators will search them (issue 3).
      states: isCoordinator(viewer) ? ['active', 'dormant', 'closed'] : ['active', 'dormant'],
    },
    q.limit,
    start,
  );
  return {
    items: page.items.filter((c) => canSeeCase(viewer, c)),
    nextCursor: page.next ? encodeCursor(deps.secret, { key: page.next, filter: filterHash }) : null,
  };
}
