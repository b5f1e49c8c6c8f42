/**
 * The execution gap: a judgment (or friendly settlement) final for more than six months whose
 * execution is not closed, on an active case. It closes when supervision closes (the proceeding
 * leaves the case's `executionWatch`) or when an MP logs a parliamentary question on the execution
 * after the judgment became final (the coverage marker `mp:execution_question`).
 *
 * The case item carries the watch (`<day the judgment became final>#<proceeding id>`), kept by each
 * proceeding's write, so the gap view finds these cases in the Query it already makes and decides
 * with the coverage markers it already reads: no call more.
 */
import type { DefenderCase, RiskStatus } from '../domain/case.ts';
import { awaitingExecution, executionGapFrom, type Proceeding } from './proceeding-model.ts';
import type { ProceedingWrite } from './proceeding-store.ts';

export const EXECUTION_GAP_RULE = 'judgment_not_executed';
/** The coverage code an MP's parliamentary question on the execution writes. */
export const EXECUTION_COVERAGE = 'mp:execution_question';

type WatchedCase = Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'riskStatuses' | 'state' | 'executionWatch'>;

/** The watch element of a proceeding awaiting execution: `<day it became final>#<proceeding id>`. */
export const watchElement = (p: Proceeding): string | undefined => {
  const final = awaitingExecution(p);
  return final ? `${final}#${p.id}` : undefined;
};

/** What storing `next` (over `before`, absent on a create) does to the case's watch; undefined when nothing. */
export function watchChange(c: Pick<DefenderCase, 'version' | 'executionWatch'>, before: Proceeding | undefined, next: Proceeding): ProceedingWrite['caseWatch'] {
  const old = before ? watchElement(before) : undefined;
  const now = watchElement(next);
  if (old === now) return undefined;
  if (old && now) {
    const elements = [...(c.executionWatch ?? [])].filter((e) => e !== old && !e.endsWith(`#${next.id}`));
    return { replace: { caseVersion: c.version, elements: [...elements, now] } };
  }
  return now ? { add: now } : { remove: old };
}

const entries = (c: Pick<DefenderCase, 'executionWatch'>) =>
  [...(c.executionWatch ?? [])].map((e) => ({ judgmentFinalDate: e.slice(0, 10), proceedingId: e.slice(11) }));

/** The coverage lookups the watched cases need (one per case). */
export function executionLookups(cases: readonly WatchedCase[]): Array<{ caseId: string; code: string }> {
  return cases.filter((c) => (c.executionWatch?.size ?? 0) > 0).map((c) => ({ caseId: c.id, code: EXECUTION_COVERAGE }));
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
    for (const { proceedingId, judgmentFinalDate } of entries(c)) {
      const since = executionGapFrom(judgmentFinalDate);
      if (since > today) continue;
      // A question asked once the judgment was final covers it.
      if ((questioned.get(c.id) ?? '') >= judgmentFinalDate) continue;
      gaps.push({
        // No status calls for this gap: the case's first current one stands for it in the gap list.
        caseId: c.id, defenderName: c.defenderName, country: c.country, riskStatus: c.riskStatuses[0]!,
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
