/**
 * The persistence port for MP adoption: pledges, the twin lock, logged
 * actions and co-signatures. Each write is one transaction with its audit
 * line; each method is one DynamoDB request, so a use case stays within the
 * budget of 3 calls per HTTP request (the session lookup is one of them).
 */
import type { Audience } from '../access/visibility.ts';
import type { DefenderCase } from '../domain/case.ts';
import type { CoSignature, LoggedAction } from '../pledges/action.schema.ts';
import type { Pledge } from '../pledges/pledge.schema.ts';
import type { AuditEntry, IdempotencyClaim } from '../writes/records.ts';

/** Messages of the ConflictErrors the store raises (409), shown to people as they are. */
export const CONFLICTS = {
  pledgeExists: 'You have already pledged on this case; change your pledge instead.',
  twinTaken: 'Another MP is already twinned with this defender.',
  alreadyCoSigned: 'You have already co-signed this letter.',
} as const;

export interface PledgeUpdate {
  pledge: Pledge;
  expectedVersion: number;
  /** Claim the case's twin place, or give it back, in the same transaction. */
  twin?: 'claim' | 'release';
  audit: AuditEntry;
}

export interface PledgeWithdrawal {
  caseId: string;
  memberId: string;
  expectedVersion: number;
  /** The pledge held the twin place: free it too. */
  releaseTwin: boolean;
  audit: AuditEntry;
}

export interface ActionWrite {
  action: LoggedAction;
  /** Who may see the case: the write is refused (NotFoundError) unless the case is visible to it. */
  audience: Audience;
  audit: AuditEntry;
  idempotency?: IdempotencyClaim;
}

/** An MP's adoptions as stored under their member scope, ordered by case id. */
export interface MemberAdoptions {
  pledges: Pledge[];
  /** The MP's own logged actions, on pledged cases and others. */
  actions: LoggedAction[];
  coSignatures: CoSignature[];
  /** False when the read stopped early (1 MB); the last case's actions may then be partial. */
  complete: boolean;
}

/** Implemented by `functions/adapters/dynamo/pledge-store.ts`; part of `Store`. */
export interface PledgeStore {
  /**
   * Stores the pledge and adds 1 to the case's adopterCount, with the twin
   * lock when the pledge asks to twin. ConflictError(CONFLICTS.pledgeExists)
   * for a second pledge, ConflictError(CONFLICTS.twinTaken) when another MP
   * holds the twin place, NotFoundError when the case is gone,
   * ConflictError('idempotency') when the key was taken.
   */
  createPledge(pledge: Pledge, audit: AuditEntry, idempotency?: IdempotencyClaim): Promise<void>;
  /** PreconditionFailedError when the stored version differs; ConflictError(twinTaken) for a lost twin claim. */
  updatePledge(update: PledgeUpdate): Promise<void>;
  /** Deletes the pledge and takes 1 from adopterCount. PreconditionFailedError when stale. */
  withdrawPledge(withdrawal: PledgeWithdrawal): Promise<void>;
  /** A coordinator ends a twinning: frees the lock and stores the pledge without twin. */
  endTwinning(pledge: Pledge, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** NotFoundError when the case does not exist or the audience may not see it; ConflictError('idempotency') when the key was taken. */
  logAction(write: ActionWrite): Promise<void>;
  /** Verification or the author's corrections. PreconditionFailedError when stale. */
  updateAction(action: LoggedAction, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** ConflictError(CONFLICTS.alreadyCoSigned) on a second signature. */
  coSign(signature: CoSignature, audit: AuditEntry): Promise<void>;
  /** One Query of the member's scope, starting after `afterCaseId`. */
  adoptionsOf(memberId: string, afterCaseId?: string): Promise<MemberAdoptions>;
  /** Up to 100 cases in one call; unknown ids are left out. */
  getCasesByIds(ids: readonly string[]): Promise<DefenderCase[]>;
}
