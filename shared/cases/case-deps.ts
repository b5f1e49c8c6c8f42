/**
 * What the cases' use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one; so is anything else that has these, which is all a test has to provide.
 */
import type { CaseContextDeps } from '../missions/index.ts';
import type { Clock } from '../ports/clock.ts';
import type { CaseStore } from '../ports/store.ts';
import type { AuditStore } from '../writes/records.ts';
import type { OnceDeps } from '../writes/idempotency.ts';

/** What reading a case's bundle uses (other features' narrow deps include it). */
export interface BundleDeps {
  store: Pick<CaseStore, 'getCaseBundle'>;
}

/** A filtered page of cases: one read, and the key that seals the list's cursor. */
export interface ListCasesDeps {
  store: Pick<CaseStore, 'listCases'>;
  secret: string;
}

/** The CSV export: the list it reads, and the audit line of the export. */
export type ExportCasesDeps = ListCasesDeps & { store: Pick<AuditStore, 'appendAudit'>; clock: Clock };

/** Creating a case: its write, once per Idempotency-Key. */
export type CreateCaseDeps = OnceDeps & { store: Pick<CaseStore, 'saveCase'> };

/** Editing a case: the case read, and its write. */
export interface UpdateCaseDeps {
  store: Pick<CaseStore, 'getCase' | 'saveCase'>;
  clock: Clock;
}

/** Adding a timeline event: the case and its context read in one, and its write once per Idempotency-Key. */
export type AddEventDeps = CaseContextDeps & { store: Pick<CaseStore, 'getCase' | 'saveCase'> };

/** Finding the event to correct: the case, then its bundle. */
export interface EventToCorrectDeps {
  store: Pick<CaseStore, 'getCase' | 'getCaseBundle'>;
}

/** Correcting or deleting an event: the event found, and the correction's write. */
export type CorrectEventDeps = BundleDeps & EventToCorrectDeps & { store: Pick<CaseStore, 'saveEventCorrection'>; clock: Clock };
