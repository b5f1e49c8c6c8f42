/**
 * What the fuzzed routes are written with (test/security/fuzz-routes.ts): the context and row types,
 * and the generators of valid values that several features' rows share.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { CONSENT_BASES, RISK_STATUSES, THEMES } from '#shared/domain/case.ts';
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import { newActionSchema } from '#shared/pledges/action.schema.ts';
import { INTERNATIONAL_BODIES, PROCEEDING_OUTCOMES } from '#shared/proceedings/index.ts';
import { humanText } from '../fuzz-kit.ts';

export interface FuzzContext {
  caseId: string;
  /** Current ETag of the case / its sensitive fields, read before each request that needs it. */
  caseEtag(): Promise<string>;
  sensitiveEtag(): Promise<string>;
  /** A case visible to the network only (public action there needs a coordinator's clearance), and its ETag. */
  networkCaseId: string;
  networkCaseEtag(): Promise<string>;
  /** A new MP (version 1), for a coordinator's changes to a member. */
  spareMember(): Promise<string>;
  /** A fresh pending join request id. */
  pendingJoinRequest(): Promise<string>;
  /** A case the MP has not pledged on yet (the same one while inputs are rejected). */
  freshCase(): Promise<string>;
  /** The MP's pledge on the case, and one of their logged actions. */
  mpId: string;
  pledgeEtag(): Promise<string>;
  actionId: string;
  actionEtag(): Promise<string>;
  /** A plain timeline event (type update) on the case, and its ETag. */
  eventId: string;
  eventEtag(): Promise<string>;
  /** The MP's digest preferences. */
  preferencesEtag(): Promise<string>;
  /** An urgent alert on the case, which the MP (pledged on it) received. */
  alertId(): Promise<string>;
}

export interface FuzzRoute {
  name: string;
  method: 'POST' | 'PUT' | 'PATCH';
  schema: z.ZodType;
  valid: fc.Arbitrary<Record<string, unknown>>;
  as: 'coordinator' | 'mp' | 'anonymous';
  path(ctx: FuzzContext): Promise<string> | string;
  headers?(ctx: FuzzContext): Promise<Record<string, string>>;
  /** Rate-limited routes: move the clock past the window before each request. */
  rateLimited?: boolean;
  /** Each accepted input works on an item of its own (its If-Match is that item's first version), so they may run at once. */
  ownTarget?: boolean;
}

export const country = fc.constantFrom('CO', 'KE', 'PH', 'GT', 'TR', 'BR', 'FR');
export const themes = fc.subarray([...THEMES], { minLength: 1, maxLength: 4 });
export const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
export const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Logged actions happened: no later than the harness's today (2026-11-23). */
export const pastDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2026-11-22'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
export const clean = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));

export const newCase = fc
  .record({
    defenderName: humanText(120), country, themes, organisation: optional(humanText(160)),
    riskStatus: fc.constantFrom(...RISK_STATUSES), visibility: fc.constantFrom('public', 'network', 'restricted'),
    consentBasis: fc.constantFrom(...CONSENT_BASES), summary: humanText(4000),
    recommendedActions: fc.array(humanText(300), { maxLength: 3 }), state: fc.constantFrom('active', 'dormant'),
    // Several current statuses, or (older clients) one riskStatus: never both.
    riskStatuses: fc.subarray([...RISK_STATUSES], { minLength: 1, maxLength: 3 }), useList: fc.boolean(),
  })
  .map(({ useList, riskStatuses, riskStatus, ...rest }) => clean({ ...rest, ...(useList ? { riskStatuses } : { riskStatus }) }));

export const caseEdit = fc
  .record(
    { defenderName: humanText(120), country, themes, riskStatuses: fc.subarray([...RISK_STATUSES], { minLength: 1, maxLength: 3 }), summary: humanText(4000) },
    { requiredKeys: [] },
  )
  .filter((v) => Object.keys(v).length > 0);

export const ifMatch = (read: (ctx: FuzzContext) => Promise<string>) => async (ctx: FuzzContext) => ({ 'if-match': await read(ctx) });

export const actions = fc.subarray([...PARLIAMENTARY_ACTIONS], { minLength: 1, maxLength: 4 });
export const httpsLink = fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length < 500 && newActionSchema.shape.evidenceUrl.safeParse(u).success);

/**
 * A proceeding the schema accepts: stages in order, none after the harness's today (2026-11-23);
 * articles only for a violation; an execution status only for a final judgment to execute.
 */
export const proceeding = fc
  .record({
    internationalBody: fc.constantFrom(...INTERNATIONAL_BODIES), otherBody: humanText(200), reference: optional(humanText(100)),
    stages: fc.uniqueArray(pastDate, { minLength: 0, maxLength: 5 }).map((d) => [...d].sort()),
    present: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    outcome: optional(fc.constantFrom(...PROCEEDING_OUTCOMES)), articles: fc.uniqueArray(fc.constantFrom('10', '5 § 1', 'P1-1', '3', '6'), { maxLength: 3 }),
    executionStatus: optional(fc.constantFrom('pending', 'action_plan', 'closed')),
  })
  .map((p) => {
    const names = ['finalDomesticDecisionDate', 'lodgedDate', 'communicatedDate', 'decisionDate', 'judgmentFinalDate'];
    const dates: Record<string, string> = {};
    let next = 0;
    names.forEach((name, i) => { if (p.present[i] && p.stages[next]) dates[name] = p.stages[next++]!; });
    const executes = (p.outcome === 'violation' || p.outcome === 'friendly_settlement') && dates.judgmentFinalDate;
    return clean({
      internationalBody: p.internationalBody, ...(p.internationalBody === 'other' ? { otherBody: p.otherBody } : {}), reference: p.reference,
      ...dates, outcome: p.outcome, ...(p.outcome === 'violation' && p.articles.length > 0 ? { articles: p.articles } : {}),
      ...(executes && p.executionStatus ? { executionStatus: p.executionStatus } : {}),
    });
  });
