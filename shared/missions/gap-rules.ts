/**
 * The gap view's rules, as data: a risk status calls for an action, and a
 * case in that status where no mission (or MP) has logged such an action
 * since the case entered the status has a gap. Coverage is kept per case and
 * action as a small marker, written with each logged action, so the view
 * reads cases and markers without reading every action.
 *
 * Coverage codes name who acted and how: `mission:<EU Guidelines code>` for
 * diplomats, `mp:<parliamentary action>` for MPs (written once MPs log actions).
 */
import type { DefenderCase, RiskStatus } from '../domain/case.ts';
import type { EuActionCode } from '../domain/eu-guidelines.ts';
import { sinceOf } from '../domain/risk-statuses.ts';

export type CoverageCode = `mission:${EuActionCode}` | `mp:${string}`;

/** `missionCoverage('detention_visit')` → `'mission:detention_visit'`. */
export const missionCoverage = (code: EuActionCode): CoverageCode => `mission:${code}`;

/** "This action was logged on this case": how many times, first and last logged. */
export interface CoverageMarker {
  caseId: string;
  code: string;
  count: number;
  firstLoggedAt: string;
  lastLoggedAt: string;
}

export interface GapRule {
  /** Stable identifier (filters, tests). */
  code: string;
  /** What the gap is, as coordinators read it. */
  label: string;
  statuses: readonly RiskStatus[];
  /** Any of these, logged since the case entered the status, closes the gap. */
  coveredBy: readonly CoverageCode[];
}

export const GAP_RULES: readonly GapRule[] = [
  {
    code: 'detained_no_detention_visit', label: 'Detained, and no detention visit',
    statuses: ['detained'], coveredBy: ['mission:detention_visit', 'mp:prison_visit'],
  },
  {
    code: 'on_trial_no_trial_observation', label: 'On trial, and no trial observation',
    statuses: ['on_trial'], coveredBy: ['mission:trial_observation', 'mp:trial_observation'],
  },
  {
    code: 'threatened_no_meeting', label: 'Threatened, and no local meeting',
    statuses: ['threatened'], coveredBy: ['mission:meeting_hrds', 'mission:receiving_hrds'],
  },
  {
    code: 'disappeared_no_demarche', label: 'Disappeared, and no démarche or urgent action',
    statuses: ['disappeared'], coveredBy: ['mission:demarche', 'mission:urgent_local_action'],
  },
];

/** Every status some rule applies to. */
export const GAP_STATUSES: readonly RiskStatus[] = [...new Set(GAP_RULES.flatMap((r) => r.statuses))];

/** The rules that apply to a case holding `statuses` (any of a rule's statuses). */
export const rulesFor = (statuses: readonly RiskStatus[]): GapRule[] => GAP_RULES.filter((r) => r.statuses.some((s) => statuses.includes(s)));

/** The most coverage codes any one status needs looked up (to size a batch read). */
export const MAX_CODES_PER_CASE = Math.max(
  new Set(rulesFor(GAP_STATUSES).flatMap((r) => r.coveredBy)).size,
);

/** Every coverage code that would close a gap for this action type. */
export const coverageCodesOf = (code: EuActionCode): CoverageCode[] => [missionCoverage(code)];

type GapCase = Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'riskStatuses' | 'visibility' | 'state' | 'createdAt' | 'riskStatusSince' | 'statusSince'>;

/** The (case, code) pairs whose markers decide the cases' gaps. */
export function coverageLookups(cases: readonly GapCase[]): Array<{ caseId: string; code: string }> {
  return cases.flatMap((c) => [...new Set(rulesFor(c.riskStatuses).flatMap((r) => r.coveredBy))].map((code) => ({ caseId: c.id, code })));
}

export interface Gap {
  caseId: string;
  defenderName: string;
  country: string;
  /** The status the rule watches (the case may hold others too). */
  riskStatus: RiskStatus;
  rule: string;
  label: string;
  /** When the gap opened: the case entered its status. */
  since: string;
  /** Whole days since then. */
  ageDays: number;
}

/**
 * The gaps among active cases: rules whose statuses match and whose actions
 * were not logged since the case entered its status. Oldest gaps first.
 */
export function findGaps(cases: readonly GapCase[], markers: readonly CoverageMarker[], now: Date): Gap[] {
  const lastLogged = new Map(markers.map((m) => [`${m.caseId}|${m.code}`, m.lastLoggedAt]));
  const gaps: Gap[] = [];
  for (const c of cases) {
    if (c.state !== 'active') continue;
    for (const rule of rulesFor(c.riskStatuses)) {
      // Counted from when the case entered the status the rule watches, whatever came after.
      const status = rule.statuses.find((s) => c.riskStatuses.includes(s))!;
      const since = sinceOf(c, status);
      const covered = rule.coveredBy.some((code) => (lastLogged.get(`${c.id}|${code}`) ?? '') >= since);
      if (covered) continue;
      gaps.push({
        caseId: c.id, defenderName: c.defenderName, country: c.country, riskStatus: status,
        rule: rule.code, label: rule.label, since,
        ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 86_400_000)),
      });
    }
  }
  return gaps.sort((a, b) => a.since.localeCompare(b.since) || a.defenderName.localeCompare(b.defenderName));
}
