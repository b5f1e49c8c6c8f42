/**
 * The dashboard's figures as CSV, in long form (one figure a row:
 * `section,key,figure,value`), so a spreadsheet can pivot them whatever the
 * number of countries and months. Only codes and counts: the figures name no
 * defender, hold no sensitive field and no text a person wrote, so the
 * download is not audited as case exports are (nothing in it is case data).
 */
import type { CountryCoverage, CoverageFigures } from './coverage.schema.ts';

export const FIGURES_CSV_HEADER = 'section,key,figure,value';

const COUNTRY_FIGURES = [
  'cases', 'active', 'adopted', 'unadopted', 'twinned', 'shareAdopted', 'openRequests', 'overdueRequests', 'pledgedActions', 'fulfilledActions',
] as const satisfies readonly (keyof CountryCoverage)[];
const MONTH_FIGURES = ['mpActions', 'missionActions', 'requests', 'answeredRequests', 'alerts', 'answeredAlerts'] as const;

/** A share or median may be null (nothing to divide by): an empty cell, never 0. */
const cell = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(Number(value.toFixed(4))));

export function figuresCsv(f: CoverageFigures): string {
  const rows: string[] = [FIGURES_CSV_HEADER];
  const push = (section: string, key: string, figure: string, value: number | null | undefined) => rows.push([section, key, figure, cell(value)].join(','));
  const period = `${f.from}..${f.to}`;
  push('period', period, 'requestsMade', f.requests.made);
  push('period', period, 'requestsAnswered', f.requests.answered);
  push('period', period, 'medianDaysToFirstAnswer', f.requests.medianDaysToFirstAnswer);
  push('period', period, 'alertsSent', f.alerts.sent);
  push('period', period, 'alertsAnswered', f.alerts.answered);
  push('period', period, 'medianHoursToFirstAnswer', f.alerts.medianHoursToFirstAnswer);
  push('period', period, 'pledgeFulfilment', f.pledges.share);
  const scope = f.country ?? 'ALL';
  for (const figure of COUNTRY_FIGURES) push('total', scope, figure, f.totals[figure]);
  for (const c of f.countries) for (const figure of COUNTRY_FIGURES) push('country', c.country, figure, c[figure]);
  for (const m of f.months) for (const figure of MONTH_FIGURES) push('month', m.month, figure, m[figure]);
  return rows.join('\r\n') + '\r\n';
}
