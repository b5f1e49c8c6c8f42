/**
 * `GET /api/coverage?from=&to=&country=`: the query, and the figures it
 * answers (documented in /api/openapi.json from these schemas).
 */
import { z } from 'zod';
import { countryCode } from '../domain/case.ts';
import { AGE_BANDS, REPORT_STATUSES } from '../intake/index.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM.');
/** Months a period may span at most: the monthly rows stay one small Query. */
export const MAX_PERIOD_MONTHS = 36;

export const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

export const coverageQuerySchema = z
  .object({
    /** First month of the period (YYYY-MM); default: 11 months before `to`. */
    from: month.optional(),
    /** Last month of the period (YYYY-MM); default: this month. */
    to: month.optional(),
    /** One country's figures instead of the network's. */
    country: countryCode.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'The period starts after it ends.', params: { key: 'validation.coverage.fromAfterTo' } });
    } else if (q.from && q.to && monthsBetween(q.from, q.to) > MAX_PERIOD_MONTHS) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `A period spans at most ${MAX_PERIOD_MONTHS} months.`, params: { key: 'validation.coverage.periodTooLong' } });
    }
  });
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable().describe('A share between 0 and 1; null when there is nothing to divide by.');

export const countryCoverageSchema = z.object({
  country: z.string().describe('ISO 3166-1 alpha-2 code'),
  cases: count.describe('Cases in the country, in any state'),
  active: count,
  adopted: count.describe('Active cases with at least one MP who pledged'),
  unadopted: count.describe('Active cases no MP has pledged on'),
  twinned: count.describe('Active cases with a twin'),
  shareAdopted: share,
  openRequests: count.describe('Action requests to the missions posted there, still open or acknowledged'),
  overdueRequests: count.describe('Open requests whose due date has passed'),
  pledgedActions: count,
  fulfilledActions: count.describe('Pledged actions their MP has logged at least once'),
});
export type CountryCoverage = z.infer<typeof countryCoverageSchema>;

export const monthFiguresSchema = z.object({
  month: month,
  mpActions: count, missionActions: count, requests: count, answeredRequests: count, alerts: count, answeredAlerts: count,
});
export type MonthFigures = z.infer<typeof monthFiguresSchema>;

export const gapFiguresSchema = z.object({
  countedAt: z.string().nullable()
    .describe('When the scheduled job last counted the open gaps (ISO 8601; it runs every 15 minutes); null before its first run'),
  total: count.describe('Open gaps now, in the country asked for or the network'),
  byKind: z.array(z.object({
    kind: z.string().describe('The gap\'s rule, as `rule` in GET /api/gaps'),
    open: count,
  })).describe('Every kind of gap, in the gap view\'s order, with its open gaps (zero included)'),
}).describe('Open gaps by kind as of `countedAt`: counted, never named');
export type GapFigures = z.infer<typeof gapFiguresSchema>;

const byKey = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);

export const reportFiguresSchema = z.object({
  byStatus: byKey(REPORT_STATUSES).describe('Intake reports stored now, by status (declined ones until they expire)'),
  open: count.describe('Reports waiting for a decision now (new or in review)'),
  openByAge: byKey(AGE_BANDS).describe('The open reports by time since receipt: under a day, one to seven days, over a week'),
  oldestOpenReceivedAt: z.string().nullable().describe('When the oldest open report was received (ISO 8601); null when none is open'),
  oldestOpenMinutes: z.number().int().min(0).nullable().describe('Minutes since then, at the time of the answer'),
  received: count.describe('Reports received in the period'),
  triaged: count.describe('Of those, how many had a first triage step'),
  medianMinutesToFirstTriage: z.number().min(0).nullable()
    .describe('Median minutes from receipt to the first triage step, over the period\'s reports'),
}).describe('Intake reports of the whole network (the country filter does not apply)');
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const coverageFiguresSchema = z.object({
  from: month, to: month, country: z.string().optional(), today: z.string().describe('The day overdue is counted on (YYYY-MM-DD, UTC)'),
  totals: countryCoverageSchema.omit({ country: true }).describe('The network now (or the country asked for)'),
  countries: z.array(countryCoverageSchema).describe('Every country with a case or a request, most active cases first'),
  months: z.array(monthFiguresSchema).describe('Each month of the period, oldest first'),
  requests: z.object({ made: count, answered: count, medianDaysToFirstAnswer: z.number().min(0).nullable() }).describe('Requests made in the period'),
  pledges: z.object({ pledged: count, fulfilled: count, share }).describe('Pledge fulfilment now: pledged actions logged ÷ pledged'),
  alerts: z.object({ sent: count, answered: count, medianHoursToFirstAnswer: z.number().min(0).nullable() }).describe('Urgent alerts sent in the period'),
  gaps: gapFiguresSchema,
  reports: reportFiguresSchema,
});
export type CoverageFigures = z.infer<typeof coverageFiguresSchema>;
