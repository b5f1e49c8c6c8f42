/**
 * "My cases": an MP's adoptions with what is still to do. Each case is read
 * fresh and checked with `canSeeCase`, so a case that became restricted
 * (without naming this MP) or paused drops out of the list at once, while
 * the pledge itself stays stored. Three calls: session, one Query of the
 * MP's scope, one batch read of the cases (two more per read past cases the
 * MP may no longer see).
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { canSeeCase } from '../access/visibility.ts';
import type { DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { MyPledgesDeps } from './pledge-deps.ts';
import { ValidationError } from '../errors/index.ts';
import { callerOf, openCursor, sealCursor } from '../paging/cursor.ts';
import { visiblePage } from '../paging/visible-page.ts';
import type { MemberAdoptions } from './pledge-store.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { LoggedAction } from './action.schema.ts';
import { progressOf, type Progress } from './adoption-view.ts';
import type { Pledge } from './pledge.schema.ts';

export const myPledgesQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export interface MyAdoption extends Progress {
  case: Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'riskStatuses' | 'state' | 'adopterCount'> & { paused: boolean };
  pledge: Pledge;
  /** The MP's own actions on the case, newest first, with their verification state. */
  actions: LoggedAction[];
}

export interface MyAdoptions {
  items: MyAdoption[];
  nextCursor: string | null;
}

const CURSOR_KIND = 'my-pledges';

/**
 * Which pledged cases this page covers, and where the next page starts. The
 * last case of an incomplete read may miss some actions, so it is left to
 * the next page (unless it is the only one).
 */
export function pageOf(read: MemberAdoptions, limit: number): { caseIds: string[]; next?: string } {
  let caseIds = read.pledges.map((p) => p.caseId);
  let next: string | undefined;
  if (!read.complete) {
    if (caseIds.length > 1) caseIds = caseIds.slice(0, -1);
    next = caseIds.at(-1);
  }
  if (caseIds.length > limit) {
    caseIds = caseIds.slice(0, limit);
    next = caseIds.at(-1);
  }
  return { caseIds, ...(next ? { next } : {}) };
}

/**
 * @example
 *   const { items, nextCursor } = await listMyPledges(deps, mp, { limit: '20' });
 */
export async function listMyPledges(deps: MyPledgesDeps, viewer: Viewer, query: unknown): Promise<MyAdoptions> {
  const actor = requireRole(viewer, 'mp');
  const q = parseOrThrow(myPledgesQuerySchema, query);
  const scope = { list: CURSOR_KIND, caller: callerOf(viewer) };
  let after: string | undefined;
  if (q.cursor) {
    const position = openCursor(deps.secret, scope, q.cursor);
    if (typeof position.after !== 'string') throw new ValidationError([{ path: 'cursor', message: 'This cursor belongs to another list.', key: 'validation.cursorOfAnotherList' }]);
    after = position.after;
  }

  // A page reads on past cases this MP may no longer see and ends on the last one shown: the cursor never names a hidden case.
  const page = await visiblePage({
    limit: q.limit, start: after,
    read: async (from) => {
      const read = await deps.store.adoptionsOf(actor.id, from);
      const { caseIds, next } = pageOf(read, q.limit);
      const cases = new Map((caseIds.length ? await deps.store.getCasesByIds(caseIds) : []).map((c) => [c.id, c]));
      const rows = caseIds.flatMap((caseId) => {
        const item = visibleAdoption(viewer, read, caseId, cases.get(caseId));
        return item ? [{ item, position: caseId }] : [];
      });
      return { rows, ...(next ? { next } : {}) };
    },
  });
  return {
    items: page.items,
    nextCursor: page.next ? sealCursor(deps.secret, scope, { after: page.next }) : null,
  };
}

/**
 * The MP's adoption of one case as the list shows it, or undefined when the MP may no longer see the case.
 * Also what the MP's home shows of each pledge (shared/coverage/member-home.ts), from the same reads.
 */
export function visibleAdoption(viewer: Viewer, read: MemberAdoptions, caseId: string, found: DefenderCase | undefined): MyAdoption | undefined {
  const pledge = read.pledges.find((p) => p.caseId === caseId);
  // The safety rule: a case this MP may no longer see is left out; its pledge is kept in storage.
  if (!found || !pledge || !canSeeCase(viewer, found)) return undefined;
  const actions = read.actions.filter((a) => a.caseId === caseId).reverse();
  return {
    case: {
      id: found.id, defenderName: found.defenderName, country: found.country, riskStatuses: found.riskStatuses,
      state: found.state, adopterCount: found.adopterCount, paused: Boolean(found.pausedAt),
    },
    pledge,
    actions,
    ...progressOf(pledge, actions, read.coSignatures),
  };
}
