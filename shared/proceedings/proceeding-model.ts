/**
 * Proceedings at international bodies: an application to the European Court of Human Rights, a
 * communication to a UN treaty body or special procedure, a petition to a regional commission.
 * Codes stay language-neutral; the catalogs word them (`vocabulary.internationalBody.*` …).
 *
 * Two clocks run from a proceeding:
 * - the ECtHR's time limit: four months from the final domestic decision (Article 35 § 1 of the
 *   Convention as amended by Protocol No. 15, in force since 1 February 2022), while nothing is lodged;
 * - execution: a judgment final for more than six months whose supervision by the Committee of
 *   Ministers is not closed is a gap (execution-gaps.ts).
 *
 * This module holds the model (no zod: the adapters and what a cold start reads import it);
 * ./proceeding.ts holds the schemas and re-exports it.
 */

export const INTERNATIONAL_BODIES = ['ecthr', 'un_hrc', 'un_sr_hrd', 'iachr', 'achpr', 'other'] as const;
export type InternationalBody = (typeof INTERNATIONAL_BODIES)[number];

export const PROCEEDING_OUTCOMES = [
  'violation', 'no_violation', 'inadmissible', 'friendly_settlement', 'precautionary_measures', 'struck_out',
] as const;
export type ProceedingOutcome = (typeof PROCEEDING_OUTCOMES)[number];

/** Supervision of a judgment's execution: pending, an action plan submitted, closed (final resolution). */
export const EXECUTION_STATUSES = ['pending', 'action_plan', 'closed'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/** Outcomes a state must execute (a judgment finding a violation, a friendly settlement struck out on its terms). */
export const OUTCOMES_TO_EXECUTE: ReadonlySet<ProceedingOutcome> = new Set(['violation', 'friendly_settlement']);

/** The stages, in the order they happen: the dates a proceeding records. */
export const STAGE_DATES = ['finalDomesticDecisionDate', 'lodgedDate', 'communicatedDate', 'decisionDate', 'judgmentFinalDate'] as const;
export type StageDate = (typeof STAGE_DATES)[number];

export interface Proceeding {
  id: string;
  caseId: string;
  internationalBody: InternationalBody;
  /** The body's name when `internationalBody` is `other`. */
  otherBody?: string;
  /** Application number, communication number, petition number… */
  reference?: string;
  finalDomesticDecisionDate?: string;
  lodgedDate?: string;
  /** Communicated to the respondent government. */
  communicatedDate?: string;
  /** The decision or judgment. */
  decisionDate?: string;
  /** The day the judgment became final. */
  judgmentFinalDate?: string;
  outcome?: ProceedingOutcome;
  /** Articles found violated, as the body cites them ("10", "5 § 1", "P1-1"). */
  articles?: string[];
  executionStatus?: ExecutionStatus;
  /** When each stage was first dated: its timeline event's posting time (stage-events.ts). Not in the API. */
  stagesPostedAt?: Partial<Record<string, string>>;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

const DAY = 86_400_000;

/** `addMonths('2026-10-31', 4)` → `'2027-02-28'`: the same day n months on, or that month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The ECtHR time limit: four months after the final domestic decision. */
export const ECTHR_TIME_LIMIT_MONTHS = 4;
/** A final judgment unexecuted this long is a gap. */
export const EXECUTION_GAP_MONTHS = 6;

/**
 * The last day to lodge an application with the ECtHR, while it is not lodged: four months
 * from the final domestic decision (a day that does not exist is the month's last day).
 */
export function applicationDeadline(p: Pick<Proceeding, 'internationalBody' | 'finalDomesticDecisionDate' | 'lodgedDate'>): string | undefined {
  if (p.internationalBody !== 'ecthr' || !p.finalDomesticDecisionDate || p.lodgedDate) return undefined;
  return addMonths(p.finalDomesticDecisionDate, ECTHR_TIME_LIMIT_MONTHS);
}

/** Whole days from `today` to `day` (negative once passed). */
export const daysUntil = (day: string, today: string): number => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);

/** A judgment or settlement final and not executed: the date it became final, else undefined. */
export function awaitingExecution(p: Pick<Proceeding, 'judgmentFinalDate' | 'outcome' | 'executionStatus'>): string | undefined {
  if (!p.judgmentFinalDate || !p.outcome || !OUTCOMES_TO_EXECUTE.has(p.outcome) || p.executionStatus === 'closed') return undefined;
  return p.judgmentFinalDate;
}

/** When an unexecuted judgment becomes a gap: six months after it became final. */
export const executionGapFrom = (judgmentFinalDate: string): string => addMonths(judgmentFinalDate, EXECUTION_GAP_MONTHS);
