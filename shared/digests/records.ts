/**
 * What the store hands the digest: records as they are stored, with no rule
 * applied. `assemble.ts` turns them into the inputs digests are composed from
 * (the gaps, the open requests and their labels, what an audience may see),
 * so every rule runs in the core and is tested without DynamoDB.
 *
 * The request and coverage records are written here by shape rather than
 * imported from shared/missions: the digest port (digest-store.ts) carries
 * them, and the missions' index leads back to the store port (a cycle).
 */
import type { TimelineEvent } from '../domain/timeline.ts';
import type { DigestNote } from '../notifications/index.ts';
import type { DigestCase, DigestEvent } from './inputs.ts';

/** An action request to the missions of a posting, as stored (any status: the assembler keeps the open ones). */
export interface DigestRequestRecord {
  id: string;
  caseId: string;
  country: string;
  /** The EU Guidelines action code (`trial_observation`…). */
  actionType: string;
  /** YYYY-MM-DD. */
  dueDate?: string;
  status: string;
}

/** A coverage marker ("this action was logged on this case"), as the gap rules read it. */
export interface DigestCoverageRecord {
  caseId: string;
  code: string;
  count: number;
  firstLoggedAt: string;
  lastLoggedAt: string;
}

/** The records one load reads (the job, a batch of it, a preview, or the digest board). */
export interface DigestRecords {
  cases: DigestCase[];
  /** Timeline events posted in the window, oldest first. */
  events: DigestEvent[];
  /** Hearings from the window's end, for fourteen days, by time. */
  hearings: TimelineEvent[];
  /** memberId → ids of the cases they took part in. */
  participations: Map<string, string[]>;
  /** The requests of the postings read, whatever their status. */
  requests: DigestRequestRecord[];
  /** Coverage markers of the cases whose gaps are asked for (none when no gap is). */
  markers: DigestCoverageRecord[];
  /** Notifications kept for digests, made in the window. */
  notes: DigestNote[];
}

/**
 * What the store reads for some members' digests rather than everyone's: their own participations and the
 * requests of these postings (the core decides which: `postingsOf`).
 */
export interface DigestReadScope {
  memberIds: readonly string[];
  postings: readonly string[];
}

export const noRecords = (): DigestRecords => ({
  cases: [], events: [], hearings: [], participations: new Map(), requests: [], markers: [], notes: [],
});
