/** A digest run and its totals: what the run record stores and the history page shows. */
export const RUN_TRIGGERS = ['schedule', 'coordinator', 'cli'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

/** What happened to one member in a run; each member counts once, under one of these. */
export const OUTCOMES = ['sent', 'skippedEmpty', 'optedOut', 'suppressed', 'failed', 'alreadySent', 'unknown'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type DigestTotals = { considered: number } & Record<Outcome, number>;

export const zeroTotals = (): DigestTotals => ({
  considered: 0, sent: 0, skippedEmpty: 0, optedOut: 0, suppressed: 0, failed: 0, alreadySent: 0, unknown: 0,
});

/**
 * `finished`: every member considered. `incomplete`: stopped at its time
 * budget (a rerun finishes it). `aborted`: stopped after repeated send
 * failures. `failed`: could not load its data.
 */
export type RunStatus = 'running' | 'finished' | 'incomplete' | 'aborted' | 'failed';

export interface DigestRun {
  id: string;
  week: string;
  trigger: RunTrigger;
  requestedBy?: string;
  startedAt: string;
  finishedAt?: string;
  status: RunStatus;
  /** Members in the network when the run loaded them. */
  members: number;
  totals: DigestTotals;
  /** A run fanned out in batches of members (digest-batches.ts): how many, and how many are recorded. */
  batches?: number;
  batchesDone?: number;
}

/** The answer to claiming a member's digest for a week. */
export type DigestClaim = { claimed: true } | { claimed: false; status: 'sent' | 'sending' };

export interface DigestRunRequest {
  week: string;
  trigger: RunTrigger;
  requestedBy?: string;
}

/** An address that must not receive mail again: it bounced for good, or its owner complained. */
export interface Suppression {
  email: string;
  reason: 'bounce' | 'complaint';
  at: string;
  /** SES's bounce sub-type or complaint feedback type, when given. */
  detail?: string;
  feedbackId?: string;
}
