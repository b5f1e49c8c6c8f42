/**
 * Status-triggered suggestions: what the network should consider next, from
 * the case's risk status. The rules are data (one table), so coordinators can
 * read and change them in one place and the tests check them as a table.
 *
 * Safety: actions that make the case public are only suggested for cases
 * whose defender consented to publicity and whose publicity is not paused.
 */
import type { DefenderCase, RiskStatus } from '../domain/case.ts';
import { PUBLICITY_ACTIONS, type ParliamentaryAction } from '../domain/parliamentary-actions.ts';

export type Suggestion =
  | { kind: 'action'; action: ParliamentaryAction; why: string }
  /** For coordinators: a change of the case state. */
  | { kind: 'case_state'; state: 'dormant'; why: string };

const act = (action: ParliamentaryAction, why: string): Suggestion => ({ kind: 'action', action, why });
const dormant = (why: string): Suggestion => ({ kind: 'case_state', state: 'dormant', why });

/** The rules, most urgent first within each status. */
export const SUGGESTIONS_BY_STATUS: Record<RiskStatus, readonly Suggestion[]> = {
  threatened: [
    act('letter_authorities', 'Ask the authorities to protect the defender and investigate the threats.'),
    act('meeting_ambassador', "Raise the threats with the country's ambassador."),
    act('public_statement', 'Show that the defender is watched over by parliamentarians.'),
  ],
  attacked: [
    act('letter_authorities', 'Call for an investigation of the attack and for protection measures.'),
    act('meeting_ambassador', "Raise the attack with the country's ambassador."),
    act('letter_defender', 'Write to the defender or family to show support.'),
  ],
  disappeared: [
    act('letter_authorities', 'Ask urgently where the defender is held and demand access.'),
    act('meeting_ambassador', 'Press the ambassador for information on the whereabouts.'),
    act('parliamentary_question', 'Ask your government what it is doing to locate the defender.'),
  ],
  detained: [
    act('prison_visit', 'Ask to visit the defender in detention: visits protect against ill-treatment.'),
    act('trial_observation', 'Plan to observe the hearings.'),
    act('letter_authorities', 'Call for release and for access to lawyers and family.'),
  ],
  charged: [
    act('letter_authorities', 'Ask for the charges to be dropped.'),
    act('trial_observation', 'Plan to observe the trial.'),
  ],
  on_trial: [
    act('trial_observation', 'Observe the trial: a fair-trial monitor changes how courts behave.'),
    act('letter_authorities', 'Call for a fair and public trial.'),
  ],
  sentenced: [
    act('letter_authorities', 'Call for release and a fair appeal.'),
    act('prison_visit', 'Ask to visit the defender in prison.'),
    act('resolution_motion', 'Table a resolution or motion on the case.'),
  ],
  released: [
    act('letter_defender', 'Send a thank-you and support letter to the defender.'),
    dormant('Consider moving the case to dormant while the defender is safe.'),
  ],
  acquitted: [
    act('letter_defender', 'Congratulate the defender and ask what support is still needed.'),
    dormant('Consider moving the case to dormant.'),
  ],
  relocated: [
    act('letter_defender', 'Stay in touch with the defender in their new location.'),
  ],
  killed: [
    act('public_statement', 'Condemn the killing publicly.'),
    act('letter_authorities', 'Call for an independent investigation and protection for the family.'),
    act('resolution_motion', 'Table a resolution calling for accountability.'),
  ],
};

/**
 * The suggestions for a case now: none for closed cases, and no publicity
 * for cases not consented as public or paused.
 *
 * @example
 *   suggestionsFor({ riskStatuses: ['detained'], visibility: 'network', state: 'active' })
 *   // prison visit, trial observation, letter to the authorities
 */
/** A suggestion with the status that calls for it (the case may hold several). */
export type StatusSuggestion = Suggestion & { status: RiskStatus };

export function suggestionsFor(c: Pick<DefenderCase, 'riskStatuses' | 'visibility' | 'state' | 'pausedAt'>): StatusSuggestion[] {
  if (c.state === 'closed') return [];
  const publicityAllowed = c.visibility === 'public' && !c.pausedAt;
  // Each status's suggestions, once each (detained and charged both suggest a letter to the authorities).
  const seen = new Set<string>();
  return c.riskStatuses.flatMap((status) => SUGGESTIONS_BY_STATUS[status].map((s) => ({ ...s, status }))).filter((s) => {
    const key = s.kind === 'action' ? `action:${s.action}` : `state:${s.state}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return (s.kind !== 'action' || publicityAllowed || !PUBLICITY_ACTIONS.has(s.action)) && !(s.kind === 'case_state' && c.state === s.state);
  });
}
