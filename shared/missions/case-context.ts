/**
 * Loading what a write under a case needs in one read, within the request
 * budget (session + this read + the write = 3 DynamoDB calls): the case for
 * the visibility rule, the request it concerns, and the idempotency record.
 * `once()` looks the key up first; that lookup is served from this read.
 */
import { canSeeCase } from '../access/visibility.ts';
import { caseIdSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import type { Clock } from '../ports/clock.ts';
import type { IdempotencyStore } from '../writes/records.ts';
import type { MissionStore } from './mission-store.ts';
import type { ActionRequest } from './action-request.ts';
import type { PostingRoster } from './recipients.ts';
import { idempotencyKeySchema, withFirstIdempotentLookup } from '../writes/idempotency.ts';
import { parseOrThrow } from '../errors/validation.ts';

/** What `loadCaseContext` uses, and what `once()` then needs of the deps it returns. */
export interface CaseContextDeps {
  store: Pick<MissionStore, 'getCaseContext'> & IdempotencyStore;
  clock: Clock;
}

export interface LoadedContext<D extends CaseContextDeps> {
  case: DefenderCase;
  request?: ActionRequest;
  /** The roster of the country asked for in `posting`, when someone is posted there. */
  posting?: PostingRoster;
  /** Deps whose first idempotency lookup answers from the read already made. */
  deps: D;
}

/**
 * The case (NotFoundError if missing or not visible to the viewer), the
 * request `requestId` if it is under that case, and the record of
 * `rawKey` in `scope`.
 */
export async function loadCaseContext<D extends CaseContextDeps>(
  deps: D,
  viewer: Viewer,
  rawCaseId: string,
  options: { requestId?: string; scope?: string; rawKey?: string; posting?: string } = {},
): Promise<LoadedContext<D>> {
  const caseId = parseOrThrow(caseIdSchema, rawCaseId, 'id');
  const key = options.rawKey === undefined ? undefined : parseOrThrow(idempotencyKeySchema, options.rawKey, 'Idempotency-Key');
  const found = await deps.store.getCaseContext(caseId, {
    ...(options.requestId ? { requestId: options.requestId } : {}),
    ...(key && options.scope ? { idempotency: { scope: options.scope, key } } : {}),
    ...(options.posting ? { posting: options.posting } : {}),
  });
  if (!found.case || !canSeeCase(viewer, found.case)) throw new NotFoundError('case');
  return {
    case: found.case, ...(found.request ? { request: found.request } : {}), ...(found.posting ? { posting: found.posting } : {}),
    deps: withFirstIdempotentLookup(deps, found.idempotent),
  };
}
