/** What other features may use of shared/proceedings/ (they import nothing else from it). */
export {
  INTERNATIONAL_BODIES, PROCEEDING_OUTCOMES, EXECUTION_STATUSES, applicationDeadline, awaitingExecution, executionGapFrom, daysUntil,
  type Proceeding, type InternationalBody, type ProceedingOutcome, type ExecutionStatus,
} from './proceeding.ts';
export { EXECUTION_COVERAGE, EXECUTION_GAP_RULE, executionLookups, findExecutionGaps, openExecutionGaps, type ExecutionGap } from './execution-gaps.ts';
export { proceedingView, type ProceedingView } from './proceeding-view.ts';
