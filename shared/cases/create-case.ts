/**
 * Coordinators open a defender case. The case, its first consent-ledger
 * entry and its audit line are written together. Idempotent with an
 * Idempotency-Key.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { createCaseSchema, type DefenderCase } from '../domain/case.ts';
import type { CaseWrite } from '../ports/store.ts';
import type { Viewer } from '../domain/member.ts';
import type { CreateCaseDeps } from './case-deps.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { once, type Replay } from '../writes/idempotency.ts';
import { auditEntry, type MemberActor } from '../writes/audit-entry.ts';

/** A create-case body once the schema has checked it. */
export type CreateCase = z.output<typeof createCaseSchema>;

export type CreateCaseResult = { replayed: false; case: DefenderCase } | Replay;

export async function createCase(
  deps: CreateCaseDeps,
  viewer: Viewer,
  body: unknown,
  idempotencyKey?: string,
): Promise<CreateCaseResult> {
  const actor = requireRole(viewer, 'coordinator');
  const input = parseOrThrow(createCaseSchema, body);

  return once(deps, `cases:${actor.id}`, idempotencyKey, input, async (claimFor) => {
    const creation = caseCreation(input, actor, deps.clock.now().toISOString());
    const created = creation.case;
    await deps.store.saveCase({
      ...creation,
      idempotency: claimFor?.({ status: 201, body: created, location: `/api/cases/${created.id}`, etag: '"1"' }),
    });
    return { replayed: false as const, case: created };
  });
}

/**
 * A new case and what is written with it: its first consent-ledger entry and its audit line.
 * The one definition of a created case, shared by the API, the form and the spreadsheet import.
 */
export function caseCreation(input: CreateCase, actor: MemberActor, at: string): Required<Pick<CaseWrite, 'case' | 'audit' | 'consent'>> {
  const { consentBasis, consentNote, ...fields } = input;
  const created: DefenderCase = {
    id: randomUUID(),
    ...fields,
    ...(fields.state === 'closed' ? {} : { closedReason: undefined }),
    adopterCount: 0,
    riskStatusSince: at,
    createdAt: at,
    createdBy: actor.id,
    updatedAt: at,
    updatedBy: actor.id,
    version: 1,
  };
  return {
    case: created,
    audit: auditEntry(at, actor, 'case.created', { caseId: created.id }),
    consent: {
      id: randomUUID(), caseId: created.id, at, by: actor.id, visibility: created.visibility,
      namedMemberIds: created.namedMemberIds, basis: consentBasis, event: 'created', ...(consentNote ? { note: consentNote } : {}),
    },
  };
}
