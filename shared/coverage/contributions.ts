/**
 * The figures one subject (a case partition or an alert partition) adds to
 * the aggregates. Every aggregate is a sum over subjects, so the aggregator
 * keeps them current by adding `contributions(after) − contributions(before)`
 * for each stream record, and a recount is the sum over all subjects.
 *
 * Aggregate rows (`AggregateKey`):
 * - `countries` / `<cc>` and `ALL`: cases now (all, active, adopted, with a
 *   twin, without adopter), pledged and fulfilled actions, open requests;
 * - `countries` / `<cc>#DUE#<YYYY-MM-DD>`: open requests due that day (overdue
 *   depends on today, so it is counted when read, never stored);
 * - `months` / `<YYYY-MM>#<cc>` and `<YYYY-MM>#ALL`: MP actions and mission
 *   actions done that month; requests made that month, how many were answered
 *   and after how many days (one counter per day, so the median is exact);
 *   urgent alerts sent that month and the hours to their first answer;
 *   (network only) intake reports received that month and how many were
 *   triaged;
 * - `months` / `<YYYY-MM>#TRIAGE#<minutes>`: the reports received that month
 *   whose first triage came after that many minutes (triage-wait.ts);
 * - `countries` / `REPORTS`: intake reports now, one counter per status;
 * - `countries` / `REPORTS#OPEN#<receivedAt>`: reports still waiting for a
 *   decision (new, in review) received at that instant, so their age is
 *   counted when read, whatever the time of the read.
 * Reports are counted for the network only: a report's country is what the
 * reporter said, often nothing, and triage is the whole network's queue.
 */
import type { AlertFacts, CaseFacts, ReportFacts, SubjectFacts } from './facts.ts';
import { triageMinutes, triageWaitKey } from './triage-wait.ts';

export type AggregateScope = 'countries' | 'months';
export type Counters = Record<string, number>;
/** `<scope>|<key>` → counters. */
export type Contributions = Map<string, Counters>;

export const NETWORK = 'ALL';
/** Answer delays are counted per day up to this many days; later answers share the last counter. */
export const MAX_ANSWER_DAYS = 90;
/** Alert answers are counted per hour up to this many hours. */
export const MAX_ALERT_HOURS = 72;
export const answerDaysField = (days: number) => `answerDays${Math.min(days, MAX_ANSWER_DAYS)}`;
export const alertHoursField = (hours: number) => `alertHours${Math.min(hours, MAX_ALERT_HOURS)}`;

export const aggregateId = (scope: AggregateScope, key: string) => `${scope}|${key}`;
export function parseAggregateId(id: string): { scope: AggregateScope; key: string } {
  const [scope, key] = id.split('|') as [AggregateScope, string];
  return { scope, key };
}

function add(into: Contributions, scope: AggregateScope, key: string, field: string, value = 1): void {
  if (value === 0) return;
  const id = aggregateId(scope, key);
  const counters = into.get(id) ?? {};
  counters[field] = (counters[field] ?? 0) + value;
  into.set(id, counters);
}

/** Adds to the row of `country` and to the network's. */
function addCountry(into: Contributions, country: string, field: string, value = 1): void {
  add(into, 'countries', country, field, value);
  add(into, 'countries', NETWORK, field, value);
}

function addMonth(into: Contributions, at: string, country: string | undefined, field: string, value = 1): void {
  const month = at.slice(0, 7);
  if (!/^\d{4}-\d{2}$/.test(month)) return;
  if (country) add(into, 'months', `${month}#${country}`, field, value);
  add(into, 'months', `${month}#${NETWORK}`, field, value);
}

const wholeUnits = (from: string, to: string, unitMs: number) => Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / unitMs));

function caseContributions(f: CaseFacts, into: Contributions): void {
  const c = f.case;
  if (c) {
    const active = c.state === 'active';
    addCountry(into, c.country, 'cases');
    if (active) {
      addCountry(into, c.country, 'active');
      addCountry(into, c.country, c.adopterCount > 0 ? 'adopted' : 'unadopted');
      if (f.twin) addCountry(into, c.country, 'twinned');
    }
    const logged = new Set(Object.values(f.actions).map((a) => `${a.memberId}#${a.type}`));
    for (const [memberId, pledged] of Object.entries(f.pledges)) {
      addCountry(into, c.country, 'pledgedActions', pledged.length);
      addCountry(into, c.country, 'fulfilledActions', pledged.filter((type) => logged.has(`${memberId}#${type}`)).length);
    }
  }
  for (const a of Object.values(f.actions)) addMonth(into, a.date, c?.country, 'mpActions');
  for (const date of Object.values(f.missionActions)) addMonth(into, date, c?.country, 'missionActions');
  for (const r of Object.values(f.requests)) {
    if (r.open) {
      addCountry(into, r.country, 'openRequests');
      add(into, 'countries', `${r.country}#DUE#${r.dueDate}`, 'open');
    }
    addMonth(into, r.createdAt, r.country, 'requests');
    if (r.firstAnsweredAt) {
      addMonth(into, r.createdAt, r.country, 'answered');
      addMonth(into, r.createdAt, r.country, answerDaysField(wholeUnits(r.createdAt, r.firstAnsweredAt, 86_400_000)));
    }
  }
}

function alertContributions(f: AlertFacts, into: Contributions): void {
  if (!f.alert) return;
  addMonth(into, f.alert.createdAt, f.alert.country, 'alerts');
  const first = Object.values(f.answers).sort()[0];
  if (first) {
    addMonth(into, f.alert.createdAt, f.alert.country, 'alertsAnswered');
    addMonth(into, f.alert.createdAt, f.alert.country, alertHoursField(wholeUnits(f.alert.createdAt, first, 3_600_000)));
  }
}

/** The row of the reports now, and the prefix of the open reports' rows. */
export const REPORTS_ROW = 'REPORTS';
export const OPEN_REPORTS_PREFIX = 'REPORTS#OPEN#';
const OPEN_REPORT_STATUSES = new Set(['new', 'in_review']);

function reportContributions(f: ReportFacts, into: Contributions): void {
  const r = f.report;
  if (!r) return;
  add(into, 'countries', REPORTS_ROW, r.status);
  if (OPEN_REPORT_STATUSES.has(r.status)) add(into, 'countries', `${OPEN_REPORTS_PREFIX}${r.receivedAt}`, 'open');
  addMonth(into, r.receivedAt, undefined, 'reports');
  if (r.firstTriagedAt) {
    addMonth(into, r.receivedAt, undefined, 'reportsTriaged');
    const month = r.receivedAt.slice(0, 7);
    if (/^\d{4}-\d{2}$/.test(month)) add(into, 'months', triageWaitKey(month, triageMinutes(r.receivedAt, r.firstTriagedAt)), 'reports');
  }
}

export function contributions(facts: SubjectFacts): Contributions {
  const into: Contributions = new Map();
  if (facts.kind === 'case') caseContributions(facts, into);
  else if (facts.kind === 'report') reportContributions(facts, into);
  else alertContributions(facts, into);
  return into;
}

/** `after − before`, without the counters that did not move. */
export function difference(before: Contributions, after: Contributions): Contributions {
  const out: Contributions = new Map();
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = after.get(id) ?? {};
    const b = before.get(id) ?? {};
    const counters: Counters = {};
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const delta = (a[field] ?? 0) - (b[field] ?? 0);
      if (delta !== 0) counters[field] = delta;
    }
    if (Object.keys(counters).length > 0) out.set(id, counters);
  }
  return out;
}
