/**
 * Whether a case's recorded consent allows a communication to the UN Special Rapporteur on human
 * rights defenders. The Special Rapporteur sends what it receives to the government concerned and
 * later publishes a summary, usually with the defender's name: that is sharing beyond the network.
 * So the communication is drafted only when
 * - publicity is not paused (a pause follows a reprisal or a request to go quiet),
 * - the case is `public`: the defender consented to sharing beyond the network, and
 * - the visibility now in force was recorded on the defender's own explicit consent, not on a
 *   partner's request, a vital interest or a reprisal (the defender was asked themselves).
 * The document still asks, in its consent section, for the two answers the Special Rapporteur
 * needs from the defender: consent to this submission, and whether to be named.
 */
import type { DefenderCase } from '../domain/case.ts';
import type { ConsentEntry } from '../domain/consent.ts';

export type UnSubmissionRefusal = 'paused' | 'notPublic' | 'notTheirConsent';

/** Ledger events that set the visibility (a clearance of public action leaves it as it was). */
const SETS_VISIBILITY: ReadonlySet<ConsentEntry['event']> = new Set(['created', 'changed', 'paused', 'resumed']);

/** The ledger entry that set the visibility in force: the latest that set one. */
export function visibilityConsent(ledger: readonly ConsentEntry[]): ConsentEntry | undefined {
  return [...ledger].filter((e) => SETS_VISIBILITY.has(e.event)).sort((a, b) => a.at.localeCompare(b.at)).pop();
}

/** Why the consent recorded does not allow a communication; undefined when it does. */
export function unSubmissionRefusal(c: Pick<DefenderCase, 'pausedAt' | 'visibility'>, ledger: readonly ConsentEntry[]): UnSubmissionRefusal | undefined {
  if (c.pausedAt) return 'paused';
  if (c.visibility !== 'public') return 'notPublic';
  if (visibilityConsent(ledger)?.basis !== 'explicit_consent') return 'notTheirConsent';
  return undefined;
}
