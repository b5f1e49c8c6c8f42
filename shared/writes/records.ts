/**
 * What every write stores beside its change: the audit line (in the same transaction) and, for a
 * create with an Idempotency-Key, the claim that replays its first answer.
 */
import type { Page } from '../paging/page.ts';

export type AuditAction =
  | 'case.created' | 'case.updated' | 'case.visibility_changed' | 'case.paused' | 'case.event_added' | 'case.event_corrected' | 'case.event_deleted'
  | 'case.sensitive_read' | 'case.sensitive_updated' | 'cases.exported' | 'cases.imported' | 'members.imported'
  | 'case.public_action_cleared' | 'case.public_action_withdrawn'
  | 'member.created' | 'member.invited' | 'member.updated' | 'member.deactivated' | 'member.reactivated' | 'join.requested' | 'join.approved' | 'join.rejected'
  | 'pledge.created' | 'pledge.updated' | 'pledge.withdrawn' | 'twin.ended' | 'action.logged' | 'action.updated' | 'action.verified' | 'action.cosigned'
  | 'request.created' | 'request.acknowledged' | 'request.declined' | 'request.withdrawn' | 'request.done'
  | 'mission_action.logged' | 'mission_action.verified' | 'hearing.observer_added' | 'hearing.observer_removed'
  | 'calendar_feed.created' | 'calendar_feed.revoked'
  | 'member.preferences_updated' | 'member.unsubscribed' | 'digest.run_requested' | 'digest.test_sent' | 'mail.suppressed'
  | 'alert.sent' | 'alert.answered' | 'member.alerts_off'
  | 'report.received' | 'report.read' | 'reports.listed' | 'report.triaged' | 'report.converted' | 'report.attachment_read'
  | 'attachment.added' | 'attachment.downloaded' | 'attachment.deleted'
  | 'proceeding.created' | 'proceeding.updated' | 'communication.un_sr_exported'
  | 'risk.read' | 'risk.updated';

/** One line of the audit log, written in the same transaction as its change. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  /** The actor's name when the line was written (members only; see `auditEntry`). Older lines got theirs from `npm run backfill:audit-names`. */
  actorName?: string;
  action: AuditAction;
  caseId?: string;
  /**
   * The case's name now, kept on the line by the table's stream for the member page (never written by
   * `auditEntry`, renamed with the case; functions/adapters/dynamo/case-name-projector.ts). The API leaves it out.
   */
  caseName?: string;
  memberId?: string;
  /** An intake report (its audit lines live in the report's own audit partition). */
  reportId?: string;
  /** A case attachment (added, downloaded): its id, never its name. */
  attachmentId?: string;
  /** Names of the fields that changed; never their (possibly sensitive) values. */
  fields?: string[];
}

/** A stored answer to a create, replayed for a repeated Idempotency-Key. */
export interface IdempotentResponse {
  requestHash: string;
  status: number;
  body: unknown;
  location?: string;
  etag?: string;
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  response: IdempotentResponse;
  expiresAt: number;
}

export interface IdempotencyStore {
  getIdempotent(scope: string, key: string): Promise<IdempotentResponse | undefined>;
}

export interface AuditStore {
  /** For audited reads and exports (changes write their audit line with the change). */
  appendAudit(entry: AuditEntry): Promise<void>;
  auditOfCase(caseId: string, limit: number, start?: Record<string, unknown>): Promise<Page<AuditEntry>>;
  auditByActor(memberId: string, limit: number, start?: Record<string, unknown>): Promise<Page<AuditEntry>>;
}
