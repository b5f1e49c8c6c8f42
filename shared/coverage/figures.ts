/**
 * The coverage figures from the aggregate rows: shares, overdue requests
 * (counted against today, since they move with time and not with a write)
 * and medians (exact, from the per-day and per-hour counters).
 */
import type { AggregateRow, GapCounts } from './coverage-store.ts';
import { gapFigures } from './gap-figures.ts';
import { isReportRow, reportFigures } from './report-figures.ts';
import { MAX_ALERT_HOURS, MAX_ANSWER_DAYS, NETWORK, type Counters } from './contributions.ts';
import type { CountryCoverage, CoverageFigures, MonthFigures } from './coverage.schema.ts';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Every month from `from` to `to` inclusive (YYYY-MM). */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? (y++, m = 1) : m++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return months;
}

/** The median of values 0..max counted in `counters[prefix + value]`; null when nothing is counted. */
export function medianOf(counters: Counters, prefix: string, max: number): number | null {
  const counts = Array.from({ length: max + 1 }, (_, v) => counters[`${prefix}${v}`] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const [value, c] of counts.entries()) {
      seen += c;
      if (seen > position) return value;
    }
    return max;
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

function sum(rows: Counters[]): Counters {
  const out: Counters = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function countryOf(country: string, c: Counters, overdue: number): CountryCoverage {
  const n = (field: string) => Math.max(0, c[field] ?? 0);
  return {
    country, cases: n('cases'), active: n('active'), adopted: n('adopted'), unadopted: n('unadopted'), twinned: n('twinned'),
    shareAdopted: ratio(n('adopted'), n('active')), openRequests: n('openRequests'), overdueRequests: overdue,
    pledgedActions: n('pledgedActions'), fulfilledActions: n('fulfilledActions'),
  };
}

export function coverageFigures(
  input: { countryRows: AggregateRow[]; monthRows: AggregateRow[]; gaps?: GapCounts },
  period: { from: string; to: string; country?: string; now: Date },
): CoverageFigures {
  const today = period.now.toISOString().slice(0, 10);
  const overdue = new Map<string, number>();
  const totals = new Map<string, Counters>();
  for (const row of input.countryRows) {
    if (isReportRow(row)) continue;
    const [cc, due, date] = row.key.split('#');
    if (due === 'DUE' && date && cc) {
      if (date < today) {
        const open = row.counters.open ?? 0;
        overdue.set(cc, (overdue.get(cc) ?? 0) + open);
        overdue.set(NETWORK, (overdue.get(NETWORK) ?? 0) + open);
      }
    } else if (cc) totals.set(cc, row.counters);
  }
  const countries = [...totals]
    .filter(([cc]) => cc !== NETWORK && (!period.country || cc === period.country))
    .map(([cc, c]) => countryOf(cc, c, overdue.get(cc) ?? 0))
    .filter((c) => c.cases > 0 || c.openRequests > 0 || c.pledgedActions > 0)
    .sort((a, b) => b.active - a.active || a.country.localeCompare(b.country));
  const scope = period.country ?? NETWORK;
  const { country: _country, ...total } = countryOf(scope, totals.get(scope) ?? {}, overdue.get(scope) ?? 0);

  const byMonth = new Map(input.monthRows.filter((r) => r.key.endsWith(`#${scope}`)).map((r) => [r.key.slice(0, 7), r.counters]));
  const months: MonthFigures[] = monthRange(period.from, period.to).map((month) => {
    const c = byMonth.get(month) ?? {};
    return {
      month, mpActions: c.mpActions ?? 0, missionActions: c.missionActions ?? 0, requests: c.requests ?? 0,
      answeredRequests: c.answered ?? 0, alerts: c.alerts ?? 0, answeredAlerts: c.alertsAnswered ?? 0,
    };
  });
  const period_ = sum(monthRange(period.from, period.to).map((m) => byMonth.get(m) ?? {}));

  return {
    from: period.from, to: period.to, ...(period.country ? { country: period.country } : {}), today,
    totals: total,
    countries,
    months,
    requests: { made: period_.requests ?? 0, answered: period_.answered ?? 0, medianDaysToFirstAnswer: medianOf(period_, 'answerDays', MAX_ANSWER_DAYS) },
    pledges: { pledged: total.pledgedActions, fulfilled: total.fulfilledActions, share: ratio(total.fulfilledActions, total.pledgedActions) },
    alerts: { sent: period_.alerts ?? 0, answered: period_.alertsAnswered ?? 0, medianHoursToFirstAnswer: medianOf(period_, 'alertHours', MAX_ALERT_HOURS) },
    gaps: gapFigures(input.gaps, period.country),
    reports: reportFigures(input.countryRows, input.monthRows, monthRange(period.from, period.to), period.now),
  };
}
