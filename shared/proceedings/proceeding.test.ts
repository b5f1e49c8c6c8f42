import { describe, expect, it } from 'vitest';
import { addMonths, applicationDeadline, createProceedingSchemaOn, daysUntil } from './proceeding.ts';
import { findExecutionGaps, openExecutionGaps, watchChange } from './execution-gaps.ts';
import type { Proceeding } from './proceeding.ts';

const judgment = (over: Partial<Proceeding> = {}): Proceeding => ({
  id: 'p1', caseId: 'c1', internationalBody: 'ecthr', judgmentFinalDate: '2026-01-31', outcome: 'violation', executionStatus: 'pending',
  createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', version: 1, ...over,
});

describe('the ECtHR time limit', () => {
  it('is four calendar months on, or the last day of a shorter month', () => {
    expect(addMonths('2026-10-31', 4)).toBe('2027-02-28');
    expect(addMonths('2027-10-31', 4)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 4)).toBe('2026-05-15');
    expect(addMonths('2026-09-30', 4)).toBe('2027-01-30');
  });

  it('runs only for the ECtHR and only until the application is lodged', () => {
    expect(applicationDeadline({ internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-08-05' })).toBe('2026-12-05');
    expect(applicationDeadline({ internationalBody: 'un_hrc', finalDomesticDecisionDate: '2026-08-05' })).toBeUndefined();
    expect(applicationDeadline({ internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-08-05', lodgedDate: '2026-09-01' })).toBeUndefined();
    expect(daysUntil('2026-12-05', '2026-11-23')).toBe(12);
  });
});

describe('the create schema', () => {
  const parse = (body: unknown) => createProceedingSchemaOn('2026-11-23').safeParse(body);
  it('accepts a full judgment and refuses stages out of order or in the future', () => {
    expect(parse({ internationalBody: 'ecthr', lodgedDate: '2025-01-01', judgmentFinalDate: '2026-01-31', outcome: 'violation', articles: ['10'], executionStatus: 'action_plan' }).success).toBe(true);
    expect(parse({ internationalBody: 'ecthr', lodgedDate: '2025-01-01', decisionDate: '2024-12-31' }).success).toBe(false);
    expect(parse({ internationalBody: 'ecthr', lodgedDate: '2026-11-24' }).success).toBe(false);
    expect(parse({ internationalBody: 'ecthr', executionStatus: 'pending', outcome: 'violation' }).success).toBe(false);
  });
});

describe('the execution watch and gap', () => {
  const c = { version: 3, executionWatch: undefined };
  it('adds a final judgment to execute, deletes it when supervision closes, replaces it when the date is corrected', () => {
    expect(watchChange(c, undefined, judgment())).toEqual({ add: '2026-01-31#p1' });
    expect(watchChange(c, judgment(), judgment({ executionStatus: 'closed' }))).toEqual({ remove: '2026-01-31#p1' });
    expect(watchChange({ version: 3, executionWatch: new Set(['2026-01-31#p1', '2025-05-05#p2']) }, judgment(), judgment({ judgmentFinalDate: '2026-02-02' })))
      .toEqual({ replace: { caseVersion: 3, elements: ['2025-05-05#p2', '2026-02-02#p1'] } });
    expect(watchChange(c, judgment(), judgment({ reference: 'x' }))).toBeUndefined();
    expect(watchChange(c, undefined, judgment({ outcome: 'inadmissible', executionStatus: undefined }))).toBeUndefined();
  });

  it('opens six months after the judgment became final, unless a question on the execution was logged since', () => {
    const watched = { id: 'c1', defenderName: 'D', country: 'TR', riskStatuses: ['released' as const], state: 'active' as const, executionWatch: new Set(['2026-01-31#p1']) };
    expect(findExecutionGaps([watched], [], new Date('2026-07-30T12:00:00Z'))).toEqual([]);
    expect(findExecutionGaps([watched], [], new Date('2026-07-31T12:00:00Z'))).toMatchObject([{ since: '2026-07-31', proceedingId: 'p1', ageDays: 0 }]);
    const asked = (at: string) => [{ caseId: 'c1', code: 'mp:execution_question', lastLoggedAt: at }];
    expect(findExecutionGaps([watched], asked('2026-03-01T10:00:00Z'), new Date('2026-08-01T00:00:00Z'))).toEqual([]);
    // A question asked before the judgment was final does not cover it.
    expect(findExecutionGaps([watched], asked('2025-12-01T10:00:00Z'), new Date('2026-08-01T00:00:00Z'))).toHaveLength(1);
    expect(findExecutionGaps([{ ...watched, state: 'dormant' }], [], new Date('2026-08-01T00:00:00Z'))).toEqual([]);
    expect(openExecutionGaps([judgment()], [{ type: 'execution_question', createdAt: '2026-02-01T09:00:00Z' }], '2026-08-01')).toEqual([]);
    expect(openExecutionGaps([judgment()], [{ type: 'parliamentary_question', createdAt: '2026-02-01T09:00:00Z' }], '2026-08-01')).toHaveLength(1);
  });
});
