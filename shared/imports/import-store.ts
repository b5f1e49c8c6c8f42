/**
 * The imports' port. An import is the documented exception to "one DynamoDB request per port
 * method": each method works through a whole file, in batches (see docs/architecture.md).
 */
import type { DefenderCase } from '../domain/case.ts';
import type { ConsentEntry } from '../domain/consent.ts';
import type { AuditEntry } from '../writes/records.ts';

/** A case to store from a row: a create (with its consent entry and external id) or an edit. */
export interface ImportedCaseWrite {
  write: {
    case: DefenderCase;
    audit: AuditEntry;
    /** A create's first consent-ledger entry. */
    consent?: ConsentEntry;
    /** An edit's: the version it was based on (the write is conditioned on it). */
    expectedVersion?: number;
  };
  /** Written as `EXTERNAL#<id>` → the case id, in the same transaction as a created case. */
  externalId?: string;
}

export interface ImportStore {
  /** The cases earlier imports stored under these external ids (batch reads of 100 keys). */
  findImportedCases(externalIds: readonly string[]): Promise<Map<string, DefenderCase>>;
  /**
   * Stores each case with its audit line (and consent entry and external id for a create), a
   * transaction per group of cases. Answers the indexes of the writes whose condition failed
   * (the external id taken by a concurrent import, the case edited meanwhile): those wrote
   * nothing; every other write is stored.
   */
  saveImportedCases(writes: readonly ImportedCaseWrite[]): Promise<Set<number>>;
}
