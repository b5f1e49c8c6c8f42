/**
 * What a digest is composed from, loaded once per run (or per preview) and
 * shared by every member's composition. Composition is pure: it reads only
 * these inputs, so it is tested with fixtures and costs no DynamoDB call.
 *
 * Extension points for data that other features add (issues 4 and 5):
 * - `participations`: pledges, logged actions, mission actions and observer
 *   sign-ups are child items of the case (`pk = CASE#<id>`) that carry a
 *   `memberId`; the DynamoDB loader already collects every such child of the
 *   cases it reads, so they count as soon as they are stored.
 * - `openRequests`: diplomats' action requests still open, labelled.
 * - `gaps`: the gap view's rows ("detained, yet no trial observation…").
 * Both are assembled from the store's records by the core (assemble.ts);
 * when empty, their sections stay out of the digest.
 */
import type { DefenderCase } from '../domain/case.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { DigestNote } from '../notifications/index.ts';

/** An action request to the missions in a country (issue 5), as a digest needs it. */
export interface DigestActionRequest {
  id: string;
  caseId: string;
  /** Country of posting the request is addressed to. */
  country: string;
  /** An EU Guidelines action type, shown as written (e.g. "Trial observation"). */
  actionLabel: string;
  /** YYYY-MM-DD, when the action is due (often a hearing). */
  dueDate?: string;
  status: 'open' | 'acknowledged';
}

/** A coverage gap on a case (the gap view's rule), worded in each reader's language when the digest is rendered. */
export interface DigestGap {
  caseId: string;
  /** The gap rule's code, e.g. `detained_no_detention_visit` (labels: `missions.gapRule.<rule>`). */
  rule: string;
  /** Whole days since the gap opened. */
  ageDays: number;
}

/** What a digest shows of a timeline event (the weekly news partition holds exactly this). */
export type DigestEvent = Pick<TimelineEvent, 'id' | 'caseId' | 'type' | 'date' | 'title' | 'createdAt' | 'proceeding'>;

/** A case as digests read it: no summary, recommended actions or closing reason (no digest shows them). */
export type DigestCase = Omit<DefenderCase, 'summary' | 'recommendedActions' | 'closedReason' | 'organisation'>;

export interface DigestInputs {
  /** Every case by id (never the sensitive fields: they are stored apart and not read). */
  cases: Map<string, DigestCase>;
  /** Timeline events posted in the window, oldest first. */
  events: DigestEvent[];
  /** Hearings from the window's end, for fourteen days, by time. */
  hearings: TimelineEvent[];
  /** memberId → ids of the cases they adopted or acted on (for the cases with something this week). */
  participations: Map<string, string[]>;
  openRequests: DigestActionRequest[];
  gaps: DigestGap[];
  /** Notifications members chose to have here rather than by email (shared/notifications), made in the window. */
  notes: DigestNote[];
}

export const emptyInputs = (): DigestInputs => ({
  cases: new Map(), events: [], hearings: [], participations: new Map(), openRequests: [], gaps: [], notes: [],
});
