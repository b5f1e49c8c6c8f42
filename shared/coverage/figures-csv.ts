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
  // Gaps by kind, as the scheduled job last counted them (the time is the row `gaps,<scope>,countedAt`).
  rows.push(['gaps', scope, 'countedAt', f.gaps.countedAt ?? ''].join(','));
  for (const k of f.gaps.byKind) push('gaps', scope, k.kind, k.open);
  // Intake reports: the whole network's, whatever the country asked for.
  const r = f.reports;
  for (const [status, n] of Object.entries(r.byStatus)) push('reports', 'ALL', status, n);
  push('reports', 'ALL', 'open', r.open);
  for (const [band, n] of Object.entries(r.openByAge)) push('reports', 'ALL', `open.${band}`, n);
  push('reports', 'ALL', 'oldestOpenMinutes', r.oldestOpenMinutes);
  push('period', period, 'reportsReceived', r.received);
  push('period', period, 'reportsTriaged', r.triaged);
  push('period', period, 'medianMinutesToFirstTriage', r.medianMinutesToFirstTriage);
  return rows.join('\r\n') + '\r\n';
}
