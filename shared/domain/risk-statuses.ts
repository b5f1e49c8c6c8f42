/**
 * A case's current risk statuses: several at once (detained and charged), at
 * least one, none twice. Each status keeps the moment the case entered it, so
 * a gap ("detained, and no detention visit since") is counted from the
 * detention, not from the charge that came later.
 */
import type { DefenderCase, RiskStatus } from './case.ts';

/** A status an event confirms ends those it supersedes: a release ends the detention, a verdict the trial. */
export const ENDS: Partial<Record<RiskStatus, readonly RiskStatus[]>> = {
  released: ['detained', 'disappeared'],
  acquitted: ['charged', 'on_trial', 'sentenced'],
  sentenced: ['charged', 'on_trial'],
  killed: ['threatened', 'attacked', 'disappeared', 'detained', 'charged', 'on_trial', 'sentenced', 'released', 'acquitted', 'relocated'],
};

/** The statuses after an event confirms `added`: added to those held, minus those it ends. */
export function statusesAfterEvent(current: readonly RiskStatus[], added: RiskStatus): RiskStatus[] {
  const ended = new Set(ENDS[added] ?? []);
  return [...current.filter((s) => s !== added && !ended.has(s)), added];
}

/** The same statuses, whatever their order. */
export const sameStatuses = (a: readonly RiskStatus[], b: readonly RiskStatus[]): boolean =>
  a.length === b.length && a.every((s) => b.includes(s));

/**
 * The case's status fields once its statuses are `next` at `at`: a status it
 * keeps keeps its date, a new one starts now. Unchanged statuses change nothing.
 */
export function withStatuses(c: DefenderCase, next: readonly RiskStatus[], at: string): Pick<DefenderCase, 'riskStatuses' | 'riskStatusSince' | 'statusSince'> {
  if (sameStatuses(c.riskStatuses, next)) return { riskStatuses: c.riskStatuses, riskStatusSince: c.riskStatusSince, statusSince: c.statusSince };
  const before = c.statusSince ?? {};
  const statusSince = Object.fromEntries(next.map((s) => [s, c.riskStatuses.includes(s) ? before[s] ?? c.riskStatusSince ?? c.createdAt : at]));
  return { riskStatuses: [...next], riskStatusSince: at, statusSince };
}

/** When the case entered `status` (older records: when its status last changed, else its creation). */
export const sinceOf = (c: Pick<DefenderCase, 'statusSince' | 'riskStatusSince' | 'createdAt'>, status: RiskStatus): string =>
  c.statusSince?.[status] ?? c.riskStatusSince ?? c.createdAt;
