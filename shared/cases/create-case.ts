/** Coordinators open a defender case. Idempotent with an Idempotency-Key. */
import { randomUUID } from 'node:crypto';
import { requireRole } from '../access/roles.ts';
import { createCaseSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { CoreDeps } from '../deps.ts';
import { parseOrThrow } from '../validation.ts';
import { once, type Replay } from './idempotency.ts';

export type CreateCaseResult = { replayed: false; case: DefenderCase } | Replay;

export async function createCase(
  deps: CoreDeps,
  viewer: Viewer,
  body: unknown,
  idempotencyKey?: string,
): Promise<CreateCaseResult> {
  const actor = requireRole(viewer, 'coordinator');
  const input = parseOrThrow(createCaseSchema, body);

  return once(deps, `cases:${actor.id}`, idempotencyKey, input, async (claimFor) => {
    const at = deps.clock.now().toISOString();
    const created: DefenderCase = {
      id: randomUUID(),
      ...input,
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
      updatedBy: actor.id,
      version: 1,
    };
    const audit = { id: randomUUID(), at, actorId: actor.id, action: 'case.created' as const, caseId: created.id };
    const claim = claimFor?.({ status: 201, body: created, location: `/api/cases/${created.id}`, etag: '"1"' });
    await deps.store.createCase(created, audit, claim);
    return { replayed: false as const, case: created };
  });
}
