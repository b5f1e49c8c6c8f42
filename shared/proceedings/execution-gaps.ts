/**
 * The execution gap: a judgment (or friendly settlement) final for more than six months whose
 * execution is not closed, on an active case. It closes when supervision closes (the proceeding
 * leaves the case's `executionWatch`) or when an MP logs a parliamentary question on the execution
 * after the judgment became final (the coverage marker `mp:execution_question`).
 *
 * The case item carries the watch (proceeding id → the day its judgment became final), kept by each
 * proceeding's write, so the gap view finds these cases in the Query it already makes and decides
 * with the coverage markers it already reads: no call more.
 */
import type { DefenderCase, RiskStatus } from '../domain/case.ts';
import { awaitingExecution, executionGapFrom, type Proceeding } from './proceeding.ts';

export const EXECUTION_GAP_RULE = 'judgment_not_executed';
/** The coverage code an MP's parliamentary question on the execution writes. */
export const EXECUTION_COVERAGE = 'mp:execution_question';

type WatchedCase = Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'riskStatus' | 'state' | 'executionWatch'>;

/** The case's watch once `p` is stored; `changed` false when the write leaves it as it is. */
export function watchAfter(c: Pick<DefenderCase, 'executionWatch'>, p: Proceeding): { changed: boolean; executionWatch: Record<string, string> | undefined } {
  const next = { ...(c.executionWatch ?? {}) };
  const final = awaitingExecution(p);
  if (final) next[p.id] = final;
  else delete next[p.id];
  const changed = (c.executionWatch?.[p.id] ?? null) !== (next[p.id] ?? null);
  return { changed, executionWatch: Object.keys(next).length > 0 ? next : undefined };
}

/** The coverage lookups the watched cases need (one per case). */
export function executionLookups(cases: readonly WatchedCase[]): Array<{ caseId: string; code: string }> {
  return cases.filter((c) => c.executionWatch && Object.keys(c.executionWatch).length > 0).map((c) => ({ caseId: c.id, code: EXECUTION_COVERAGE }));
}

export interface ExecutionGap {
  caseId: string;
  defenderName: string;
  country: string;
  riskStatus: RiskStatus;
  rule: typeof EXECUTION_GAP_RULE;
  label: string;
  /** When the gap opened: six months after the judgment became final. */
  since: string;
  ageDays: number;
  proceedingId: string;
  judgmentFinalDate: string;
}

/** The execution gaps open at `now`, given the coverage markers read (lastLoggedAt per case and code). */
export function findExecutionGaps(
  cases: readonly WatchedCase[], markers: ReadonlyArray<{ caseId: string; code: string; lastLoggedAt: string }>, now: Date,
): ExecutionGap[] {
  const questioned = new Map(markers.filter((m) => m.code === EXECUTION_COVERAGE).map((m) => [m.caseId, m.lastLoggedAt]));
  const today = now.toISOString().slice(0, 10);
  const gaps: ExecutionGap[] = [];
  for (const c of cases) {
    if (c.state !== 'active') continue;
    for (const [proceedingId, judgmentFinalDate] of Object.entries(c.executionWatch ?? {})) {
      const since = executionGapFrom(judgmentFinalDate);
      if (since > today) continue;
      // A question asked once the judgment was final covers it.
      if ((questioned.get(c.id) ?? '') >= judgmentFinalDate) continue;
      gaps.push({
        caseId: c.id, defenderName: c.defenderName, country: c.country, riskStatus: c.riskStatus,
        rule: EXECUTION_GAP_RULE, label: 'Judgment final for more than 6 months, execution not closed', since,
        ageDays: Math.max(0, Math.floor((now.getTime() - Date.parse(`${since}T00:00:00Z`)) / 86_400_000)),
        proceedingId, judgmentFinalDate,
      });
    }
  }
  return gaps;
}

/** For a case page: the proceedings whose execution gap is open now, given the case's logged actions. */
export function openExecutionGaps(
  proceedings: readonly Proceeding[], actions: ReadonlyArray<{ type: string; createdAt: string }>, today: string,
): Proceeding[] {
  const lastQuestion = actions.filter((a) => a.type === 'execution_question').map((a) => a.createdAt).sort().pop() ?? '';
  return proceedings.filter((p) => {
    const final = awaitingExecution(p);
    return final !== undefined && executionGapFrom(final) <= today && lastQuestion < final;
  });
}
