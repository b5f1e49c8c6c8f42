/** The missions' port: action requests, mission actions and the gap view's reads. */
import type { DefenderCase, RiskStatus } from '../domain/case.ts';
import type { Page, PositionedPage } from '../paging/page.ts';
import type { AuditEntry, IdempotencyClaim, IdempotentResponse } from '../writes/records.ts';
import type { ActionRequest } from './action-request.ts';
import type { CoverageMarker } from './gap-rules.ts';
import type { RaisedRisk } from '../risk/risk-gap.ts';
import type { MissionAction } from './mission-action.ts';
import type { PostingRoster } from './recipients.ts';

/** What one write under a case needs, read together in one BatchGet (strongly consistent). */
export interface CaseContext {
  case?: DefenderCase;
  request?: ActionRequest;
  idempotent?: IdempotentResponse;
  /** The diplomats posted in the country asked for (absent when none is). */
  posting?: PostingRoster;
}

export interface RequestWrite {
  request: ActionRequest;
  /** The version the change was based on; absent for a create. */
  expectedVersion?: number;
  audit: AuditEntry;
  idempotency?: IdempotencyClaim;
  /** A create must reach someone: a diplomat posted in `country` (one of `anyOf` when given), checked in the write. */
  recipients?: { country: string; anyOf?: string[] };
}

export interface MissionActionWrite {
  action: MissionAction;
  audit: AuditEntry;
  /** Coverage codes the action counts for in the gap view, upserted with it. */
  coverage: string[];
  /** The request the action fulfils, moved to done, conditioned on its version. */
  request?: { next: ActionRequest; expectedVersion: number; audit: AuditEntry };
  idempotency?: IdempotencyClaim;
}

/** The case fields a list needs to apply visibility and name the case. */
export type CaseSummary = Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'visibility' | 'namedMemberIds' | 'state' | 'riskStatuses' | 'pausedAt'>;

export interface MissionStore {
  /** The case and, when asked, one of its requests, an idempotency record and a country's roster of diplomats: one BatchGet. */
  getCaseContext(caseId: string, options?: { requestId?: string; idempotency?: { scope: string; key: string }; posting?: string }): Promise<CaseContext>;
  /**
   * Creates (no expectedVersion) or updates a request with its audit line.
   * PreconditionFailedError on a stale version, ConflictError('idempotency') when the key was taken,
   * ConflictError('recipients') when `recipients` finds nobody.
   */
  saveActionRequest(write: RequestWrite): Promise<void>;
  /**
   * Stores the action, its audit line, its coverage and the request it fulfils in one transaction.
   * ConflictError('idempotency') when the key was taken, ConflictError('request') when the request changed.
   */
  saveMissionAction(write: MissionActionWrite): Promise<void>;
  /** Conditioned on the stored version. */
  saveVerifiedAction(action: MissionAction, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** Requests for the missions in a country, open ones by due date (byScope index). */
  listRequestsByCountry(country: string, status: 'open' | 'closed', limit: number, start?: Record<string, unknown>): Promise<PositionedPage<ActionRequest>>;
  /** The diplomats posted in a country (undefined when none is): one GetItem. */
  getPosting(country: string): Promise<PostingRoster | undefined>;
  /** Up to 100 cases' summaries in one BatchGet; unknown ids are left out. */
  getCaseSummaries(ids: readonly string[]): Promise<CaseSummary[]>;
}

export interface GapStore {
  /** Active cases in these statuses (every visibility), optionally in one country: one Query, at most `limit` cases. */
  /** `orExecutionWatched`: also active cases with a judgment awaiting execution (`executionWatch`), whatever their status. */
  listGapCandidates(filter: { country?: string; statuses: readonly RiskStatus[]; orExecutionWatched?: boolean }, limit: number, start?: Record<string, unknown>): Promise<Page<DefenderCase>>;
  /** Coverage markers for up to 100 (case, code) pairs in one BatchGet; missing ones are left out. */
  getCoverage(pairs: ReadonlyArray<{ caseId: string; code: string }>): Promise<CoverageMarker[]>;
  // Issue 14 (the gap view in 3 calls): the first page's markers and the raised-risk roster in one read.
  /** Coverage markers for up to 99 pairs and the cases whose risk is raised (the stream's roster), in one BatchGet. */
  getCoverageAndRaisedRisks(pairs: ReadonlyArray<{ caseId: string; code: string }>): Promise<{ markers: CoverageMarker[]; raised: RaisedRisk[] }>;
}
