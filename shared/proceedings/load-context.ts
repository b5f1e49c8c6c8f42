/**
 * What a proceeding's write reads, in one BatchGet within the request budget (session + this
 * read + the write = 3 calls): the case for the visibility rule and the execution watch, the
 * proceeding it edits, and the idempotency record, whose first lookup `once()` then answers
 * from this read.
 */
import { canSeeCase } from '../access/visibility.ts';
import { caseIdSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Clock } from '../ports/clock.ts';
import type { IdempotencyStore } from '../writes/records.ts';
import type { ProceedingStore } from './proceeding-store.ts';
import { idempotencyKeySchema, withFirstIdempotentLookup } from '../writes/idempotency.ts';
import { proceedingIdSchema, type Proceeding } from './proceeding.ts';

/** What loading a proceeding's context reads: the one Query, and the Idempotency-Key's records it hands on. */
export interface ProceedingContextDeps {
  store: Pick<ProceedingStore, 'getProceedingContext'> & IdempotencyStore;
  clock: Clock;
}

export interface LoadedProceedingContext<D extends ProceedingContextDeps = ProceedingContextDeps> {
  case: DefenderCase;
  proceeding?: Proceeding;
  deps: D;
}

/** NotFoundError when the case is missing or hidden from the viewer, or the proceeding is not under it. */
export async function loadProceedingContext<D extends ProceedingContextDeps>(
  deps: D, viewer: Viewer, rawCaseId: string,
  options: { rawProceedingId?: string; scope?: string; rawKey?: string } = {},
): Promise<LoadedProceedingContext<D>> {
  const caseId = parseOrThrow(caseIdSchema, rawCaseId, 'id');
  const proceedingId = options.rawProceedingId === undefined ? undefined : parseOrThrow(proceedingIdSchema, options.rawProceedingId, 'proceedingId');
  const key = options.rawKey === undefined ? undefined : parseOrThrow(idempotencyKeySchema, options.rawKey, 'Idempotency-Key');
  const found = await deps.store.getProceedingContext(caseId, {
    ...(proceedingId ? { proceedingId } : {}),
    ...(key && options.scope ? { idempotency: { scope: options.scope, key } } : {}),
  });
  if (!found.case || !canSeeCase(viewer, found.case)) throw new NotFoundError('case');
  if (proceedingId && found.proceeding?.caseId !== caseId) throw new NotFoundError('proceeding');
  return { case: found.case, ...(found.proceeding ? { proceeding: found.proceeding } : {}), deps: withFirstIdempotentLookup(deps, found.idempotent) };
}
