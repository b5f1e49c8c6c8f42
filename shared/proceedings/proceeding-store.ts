/** The proceedings' port: what their writes read and store, and the reminder's due query. */
import type { DefenderCase } from '../domain/case.ts';
import type { AuditEntry, IdempotencyClaim, IdempotentResponse } from '../writes/records.ts';
import type { Proceeding } from './proceeding.ts';
import type { StageEventChange } from './stage-events.ts';

/** What a write under a case needs, read together in one BatchGet (strongly consistent). */
export interface ProceedingContext {
  case?: DefenderCase;
  proceeding?: Proceeding;
  idempotent?: IdempotentResponse;
}

export interface ProceedingWrite {
  proceeding: Proceeding;
  /** The version the change was based on; absent for a create. */
  expectedVersion?: number;
  audit: AuditEntry;
  idempotency?: IdempotencyClaim;
  /**
   * When the write changes which of the case's judgments await execution (the gap view reads that
   * from the case): the watch element to add and the one to delete. An add or a delete alone is atomic
   * (a set's ADD or DELETE, no condition); both at once (a corrected final date, rare) replace the
   * whole set as read, conditioned on the case's version. Each bumps the case's version, so a
   * concurrent edit of the case cannot write an old watch back.
   */
  caseWatch?: { add?: string; remove?: string; replace?: { caseVersion: number; elements: string[] } };
  /** The case's timeline events for the stages this write dates, moves or clears (stage-events.ts), with their news lines. */
  stageEvents?: StageEventChange[];
}

/** An ECtHR application not lodged yet, listed by its last day (the reminder's index). */
export interface DeadlineEntry {
  caseId: string;
  proceedingId: string;
  deadline: string;
}

export interface ProceedingStore {
  /** The case and, when asked, one of its proceedings and an idempotency record: one BatchGet. */
  getProceedingContext(caseId: string, options?: { proceedingId?: string; idempotency?: { scope: string; key: string } }): Promise<ProceedingContext>;
  /**
   * Creates (no expectedVersion) or updates a proceeding with its audit line (and the case's watch) in one
   * transaction. PreconditionFailedError on a stale version, ConflictError('idempotency') when the key was
   * taken, ConflictError('case') when the case changed since it was read.
   */
  saveProceeding(write: ProceedingWrite): Promise<void>;
  /** ECtHR applications still to lodge whose last day is from `fromDay` to `toDay` (YYYY-MM-DD): one Query. */
  listApplicationDeadlines(fromDay: string, toDay: string): Promise<DeadlineEntry[]>;
}
