/**
 * The risk gap (issue 15): a case whose risk analysis rose to high or critical, where no MP and no
 * mission has logged any action on the case in the 14 days since, is a gap, and the gap view suggests
 * an urgent alert for it. Like the rules of shared/missions/gap-rules.ts, an action counts when it
 * was logged on or after the rise; the gap closes when one is, or when the level drops below high.
 *
 * The level is sensitive (coordinators only, on every channel): this gap is worked out only for the
 * coordinators' gap view, never for a digest, an alert, an export or a page someone else reads.
 * This module imports no feature, so the gap view (shared/missions) may use it without a cycle.
 */
import type { DefenderCase, RiskStatus } from '../domain/case.ts';
import type { RiskLevel } from './risk-assessment.schema.ts';

export const RISK_GAP_RULE = 'risk_high_no_action';
/** Levels that open the gap. */
export const RAISED_LEVELS: ReadonlySet<RiskLevel> = new Set(['high', 'critical']);
/** The levels that raise a case; the gap's `riskLevel` is one of them (the API document says so). */
export type RaisedLevel = 'high' | 'critical';
const isRaised = (level: RiskLevel): level is RaisedLevel => RAISED_LEVELS.has(level);
/** Days without any logged action after the rise before it is a gap. */
export const RISK_GAP_DAYS = 14;
/**
 * The coverage code every logged action also writes (an MP's or a mission's, whatever its type):
 * "some action was logged on this case", the marker this rule reads.
 */
export const ANY_ACTION_COVERAGE = 'any:action';

const DAY = 86_400_000;

/**
 * When the level last rose to high or critical and stayed there: the first change of the latest run of
 * raised levels in the history (oldest first); undefined when the level now is below high.
 */
export function raisedSince(history: ReadonlyArray<{ level: RiskLevel; at: string }>): string | undefined {
  let since: string | undefined;
  for (const change of history) {
    if (!RAISED_LEVELS.has(change.level)) since = undefined;
    else since ??= change.at;
  }
  return since;
}

/** A case whose analysis is raised, as the gap view reads it from the raised-risk index. */
export interface RaisedRisk {
  case: Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'riskStatuses' | 'state'>;
  level: RiskLevel;
  raisedAt: string;
  /** The last time any action was logged on the case (the `any:action` marker), if ever. */
  lastActionAt?: string;
}

export interface RiskGap {
  caseId: string;
  defenderName: string;
  country: string;
  riskStatus: RiskStatus;
  rule: typeof RISK_GAP_RULE;
  label: string;
  /** When the gap opened: 14 days after the rise. */
  since: string;
  ageDays: number;
  /** High or critical: the coordinators' gap view only. */
  riskLevel: RaisedLevel;
  /** Where the suggested urgent alert is composed (the compose page starts from a draft of the case). */
  suggestedAlert: string;
}

/** The day the gap opens for a rise at `raisedAt`. */
export const riskGapFrom = (raisedAt: string): string => new Date(Date.parse(raisedAt) + RISK_GAP_DAYS * DAY).toISOString();

/** The risk gaps open at `now`: active cases raised for 14 days or more with no action logged since the rise. */
export function findRiskGaps(raised: readonly RaisedRisk[], now: Date): RiskGap[] {
  const gaps: RiskGap[] = [];
  for (const { case: c, level, raisedAt, lastActionAt } of raised) {
    if (c.state !== 'active' || !isRaised(level)) continue;
    const since = riskGapFrom(raisedAt);
    if (since > now.toISOString()) continue;
    if ((lastActionAt ?? '') >= raisedAt) continue;
    gaps.push({
      caseId: c.id, defenderName: c.defenderName, country: c.country, riskStatus: c.riskStatuses[0]!,
      rule: RISK_GAP_RULE, label: 'Risk high or critical, and no action logged in 14 days', since,
      ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY)),
      riskLevel: level, suggestedAlert: `/cases/${c.id}/alerts/new`,
    });
  }
  return gaps;
}
