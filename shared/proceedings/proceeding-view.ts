/**
 * A proceeding as the API answers it: the stored fields, and the two clocks worked out for today
 * (the ECtHR's last day to lodge; when an unexecuted judgment became, or becomes, a gap).
 */
import { applicationDeadline, awaitingExecution, executionGapFrom, type Proceeding } from './proceeding.ts';

export type ProceedingView = Omit<Proceeding, 'stagesPostedAt'> & {
  /** ECtHR, not lodged yet: the last day to lodge (four months from the final domestic decision). */
  applicationDeadline?: string;
  /** A final judgment not executed: the day it is (or was) six months final. */
  executionGapFrom?: string;
  /** True once that day has come. */
  executionOverdue?: boolean;
};

export function proceedingView(p: Proceeding, today: string): ProceedingView {
  const deadline = applicationDeadline(p);
  const final = awaitingExecution(p);
  const gapFrom = final ? executionGapFrom(final) : undefined;
  const { stagesPostedAt: _internal, ...stored } = p;
  return {
    ...stored,
    ...(deadline ? { applicationDeadline: deadline } : {}),
    ...(gapFrom ? { executionGapFrom: gapFrom, executionOverdue: gapFrom <= today } : {}),
  };
}
