/**
 * What the consent-and-safety use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one; so is anything else that has these, which is all a test has to provide.
 * Ports of other features are named through the store (`Pick<Store, …>`): a feature is reached through its index only.
 */
import type { BundleDeps } from '../cases/index.ts';
import type { Clock } from '../ports/clock.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { CaseStore, Store } from '../ports/store.ts';
import type { AuditStore } from '../writes/records.ts';
import type { ExportJobStore } from './export-job-store.ts';

/** The audit log's pages: the case (for the case's log), the audit Queries, and the key that seals the cursors. */
export interface AuditLogDeps {
  store: Pick<CaseStore, 'getCase'> & Pick<AuditStore, 'auditOfCase' | 'auditByActor'>;
  secret: string;
}

/**
 * A member's page: their collection (the member, their adoptions, the names of those cases) and their latest
 * audit lines; the member by id and the cases' names only where the collection lacks them.
 */
export type MemberRecordDeps = AuditLogDeps & { store: Pick<Store, 'memberRecordCollection' | 'getMember' | 'getCasesByIds'> };

/** A case change of the coordinators (visibility, public action clearance): the case read, and its write. */
export interface CaseChangeDeps {
  store: Pick<CaseStore, 'getCase' | 'saveCase'>;
  clock: Clock;
}

/** Pausing publicity: the case and its bundle read, and the case's write. */
export type PauseDeps = CaseChangeDeps & BundleDeps;

/** Pausing publicity and telling the followers: the pause, the followers read, and their emails with the case's link. */
export type PauseNoticeDeps = PauseDeps & { store: Pick<Store, 'getMembers'>; mailer: Mailer; appUrl: string };

/** The sensitive fields: the case read, the audited read and the write of the fields. */
export interface SensitiveDeps {
  store: Pick<CaseStore, 'getCase' | 'readSensitive' | 'saveSensitive'>;
  clock: Clock;
}

/** The XLSX workbook: the cases' pages, and each case's bundle. */
export type WorkbookDeps = BundleDeps & { store: Pick<CaseStore, 'listCases'>; secret: string; clock: Clock };

/** An export job as its coordinator reads it: the job, and the clock that says whether its file expired. */
export interface ExportJobReadDeps {
  store: Pick<ExportJobStore, 'getExportJob'>;
  clock: Clock;
}
