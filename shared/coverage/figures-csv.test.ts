import { describe, expect, it } from 'vitest';
import { coverageFigures } from './figures.ts';
import { figuresCsv, FIGURES_CSV_HEADER } from './figures-csv.ts';

const figures = coverageFigures(
  {
    countryRows: [
      { key: 'ALL', counters: { cases: 3, active: 2, adopted: 1, unadopted: 1, pledgedActions: 4, fulfilledActions: 1 } },
      { key: 'CO', counters: { cases: 3, active: 2, adopted: 1, unadopted: 1, pledgedActions: 4, fulfilledActions: 1, openRequests: 1 } },
      { key: 'CO#DUE#2026-01-02', counters: { open: 1 } },
      { key: 'REPORTS', counters: { new: 1, converted: 1 } },
      { key: 'REPORTS#OPEN#2026-02-01T10:00:00Z', counters: { open: 1 } },
    ],
    gaps: { countedAt: '2026-02-10T11:45:00.000Z', counts: { ALL: { threatened_no_meeting: 2 } } },
    monthRows: [{ key: '2026-02#ALL', counters: { mpActions: 5, requests: 2, answered: 1, answerDays4: 1 } }],
  },
  { from: '2026-01', to: '2026-02', now: new Date('2026-02-10T12:00:00Z') },
);

describe('figuresCsv', () => {
  const lines = figuresCsv(figures).trimEnd().split('\r\n');
  const value = (row: string) => lines.find((l) => l.startsWith(`${row},`))?.split(',')[3];

  it('writes one figure a row under its header', () => {
    expect(lines[0]).toBe(FIGURES_CSV_HEADER);
    for (const line of lines) expect(line.split(',')).toHaveLength(4);
  });
  it('carries the period, the totals, each country and each month', () => {
    expect(value('period,2026-01..2026-02,requestsMade')).toBe('2');
    expect(value('period,2026-01..2026-02,medianDaysToFirstAnswer')).toBe('4');
    expect(value('period,2026-01..2026-02,pledgeFulfilment')).toBe('0.25');
    expect(value('total,ALL,active')).toBe('2');
    expect(value('country,CO,overdueRequests')).toBe('1');
    expect(value('month,2026-02,mpActions')).toBe('5');
    expect(value('month,2026-01,mpActions')).toBe('0');
  });

  it('carries the open gaps by kind with the time they were counted, and the reports with their triage age', () => {
    expect(value('gaps,ALL,countedAt')).toBe('2026-02-10T11:45:00.000Z');
    expect(value('gaps,ALL,threatened_no_meeting')).toBe('2');
    expect(value('gaps,ALL,detained_no_detention_visit')).toBe('0');
    expect(value('reports,ALL,new')).toBe('1');
    expect(value('reports,ALL,open.overAWeek')).toBe('1');
    expect(value('reports,ALL,oldestOpenMinutes')).toBe(String(9 * 1440 + 120));
    expect(value('period,2026-01..2026-02,medianMinutesToFirstTriage')).toBe('');
  });
  it('leaves a figure with nothing to divide by empty, never 0', () => {
    expect(value('period,2026-01..2026-02,medianHoursToFirstAnswer')).toBe('');
  });
});
