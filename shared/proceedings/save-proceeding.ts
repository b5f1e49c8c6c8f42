/**
 * Recording and editing a proceeding (coordinators). The proceeding, its audit line, the
 * Idempotency-Key claim of a create and, when the change moves it, the case's execution watch are
 * one transaction. Who may not see the case gets 404 before the role is checked (as everywhere
 * under a case); members who may see it get 403.
 */
import { randomUUID } from 'node:crypto';
import { requireMember, requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Clock } from '../ports/clock.ts';
import { once, type Replay } from '../writes/idempotency.ts';
import { requireVersion } from '../writes/versions.ts';
import { watchChange } from './execution-gaps.ts';
import { stageEventChanges, stagesPostedAt } from './stage-events.ts';
import { loadProceedingContext, type ProceedingContextDeps } from './load-context.ts';
import {
  EDITABLE_FIELDS, createProceedingSchemaOn, proceedingIssues, updateProceedingSchema, type Proceeding, type ProceedingInput,
} from './proceeding.ts';
import { proceedingView } from './proceeding-view.ts';
import type { ProceedingStore, ProceedingWrite } from './proceeding-store.ts';
import type { DefenderCase } from '../domain/case.ts';
import { z } from 'zod';
import { auditEntry } from '../writes/audit-entry.ts';

export type CreateProceedingResult = { replayed: false; proceeding: Proceeding } | Replay;

/** Saving a proceeding: its context read, the write, the Idempotency-Key's records, the clock. */
export type SaveProceedingDeps = ProceedingContextDeps & { store: Pick<ProceedingStore, 'saveProceeding'> };

const today = (deps: { clock: Clock }) => deps.clock.now().toISOString().slice(0, 10);

/** What the write changes beside the proceeding: the case's watch, when it moves, and the stages' timeline events. */
function derivedWrites(c: DefenderCase, before: Proceeding | undefined, next: Proceeding): Pick<ProceedingWrite, 'caseWatch' | 'stageEvents'> {
  const caseWatch = watchChange(c, before, next);
  const stageEvents = stageEventChanges(before, next);
  return { ...(caseWatch ? { caseWatch } : {}), ...(stageEvents.length ? { stageEvents } : {}) };
}

/** A concurrent edit of the case (its version moved since the read) is a conflict the caller retries. */
const caseChanged = (error: unknown): never => {
  if (error instanceof ConflictError && error.message === 'case') {
    throw new ConflictError('The case changed meanwhile; try again.', { wording: { key: 'proceedings.errors.caseChanged' } });
  }
  throw error;
};

/** `POST /api/cases/{id}/proceedings`. */
export async function createProceeding(
  deps: SaveProceedingDeps, viewer: Viewer, caseId: string, body: unknown, idempotencyKey?: string,
): Promise<CreateProceedingResult> {
  const member = requireMember(viewer);
  const scope = `proceedings:${member.id}`;
  const loaded = await loadProceedingContext(deps, viewer, caseId, { scope, rawKey: idempotencyKey });
  const actor = requireRole(viewer, 'coordinator');
  const input = parseOrThrow(createProceedingSchemaOn(today(deps)), body);
  const c = loaded.case;
  return once(loaded.deps, scope, idempotencyKey, { caseId: c.id, ...input }, async (claimFor) => {
    const at = deps.clock.now().toISOString();
    const fields = { id: randomUUID(), caseId: c.id, ...input, createdAt: at, createdBy: actor.id, updatedAt: at, updatedBy: actor.id, version: 1 };
    const proceeding: Proceeding = { ...fields, stagesPostedAt: stagesPostedAt(undefined, fields, at) };
    const location = `/api/cases/${c.id}/proceedings/${proceeding.id}`;
    await deps.store.saveProceeding({
      proceeding,
      audit: auditEntry(at, actor, 'proceeding.created', { caseId: c.id, fields: Object.keys(input) }),
      ...derivedWrites(c, undefined, proceeding),
      idempotency: claimFor?.({ status: 201, body: proceedingView(proceeding, today(deps)), location, etag: `"${proceeding.version}"` }),
    }).catch(caseChanged);
    return { replayed: false as const, proceeding };
  });
}

/** `PATCH /api/cases/{id}/proceedings/{proceedingId}` (If-Match): the fields sent replace, `null` clears. */
export async function updateProceeding(
  deps: SaveProceedingDeps, viewer: Viewer, caseId: string, rawProceedingId: string, ifMatch: string | undefined, body: unknown,
): Promise<Proceeding> {
  requireMember(viewer);
  const loaded = await loadProceedingContext(deps, viewer, caseId, { rawProceedingId });
  const actor = requireRole(viewer, 'coordinator');
  const changes = parseOrThrow(updateProceedingSchema, body);
  const expected = requireVersion(ifMatch);
  const current = loaded.proceeding;
  if (!current) throw new NotFoundError('proceeding');
  if (current.version !== expected) throw new PreconditionFailedError();

  const merged: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete merged[k];
    else merged[k] = v;
  }
  // The rules across fields hold for the proceeding as it will be stored.
  const editable = Object.fromEntries(Object.entries(merged).filter(([k]) => EDITABLE_FIELDS.has(k))) as ProceedingInput;
  parseOrThrow(z.object({}).passthrough().superRefine((p, ctx) => proceedingIssues(p as ProceedingInput, ctx, today(deps))), editable);

  const at = deps.clock.now().toISOString();
  const fields = { ...(merged as unknown as Proceeding), updatedAt: at, updatedBy: actor.id, version: current.version + 1 };
  const next: Proceeding = { ...fields, stagesPostedAt: stagesPostedAt(current, fields, at) };
  await deps.store.saveProceeding({
    proceeding: next,
    expectedVersion: expected,
    audit: auditEntry(at, actor, 'proceeding.updated', { caseId: loaded.case.id, fields: Object.keys(changes) }),
    ...derivedWrites(loaded.case, current, next),
  }).catch(caseChanged);
  return next;
}
