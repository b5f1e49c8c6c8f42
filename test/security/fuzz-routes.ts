/**
 * The write routes under fuzz: for each, its schema (the oracle), a
 * generator of valid bodies, and how to address it (path, headers, who).
 * Add a route here when it is added to the app. Routes whose body is a file are fuzzed
 * with files in suites of their own: the imports (imports-fuzz.test.ts) and the attachment
 * upload (attachments-fuzz.test.ts).
 */
import fc from 'fast-check';
import type { z } from 'zod';
import {
  CASE_STATES, CONSENT_BASES, RISK_STATUSES, THEMES, createCaseSchema, updateCaseSchema, visibilityChangeSchema,
} from '#shared/domain/case.ts';
import { signInRequestSchema } from '#shared/domain/member.ts';
import { sensitiveFieldsSchema } from '#shared/domain/sensitive.ts';
import { EVENT_TYPES, newEventSchema } from '#shared/domain/timeline.ts';
import { eventChangeSchemaFor } from '#shared/domain/event-correction.ts';
import { pauseSchema } from '#shared/case-safety/consent.ts';
import { clearanceSchema } from '#shared/case-safety/public-action-clearance.ts';
import { decisionSchema, joinRequestSchema } from '#shared/members/join-request.ts';
import { inviteMemberSchema, memberChangesSchema } from '#shared/members/member.schema.ts';
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import { createPledgeSchema, updatePledgeSchema } from '#shared/pledges/pledge.schema.ts';
import { editActionSchema, newActionSchema, verificationSchema } from '#shared/pledges/action.schema.ts';
import { DIGEST_LANGUAGES, preferencesSchema } from '#shared/digests/preferences.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { DELIVERIES, NOTIFICATION_KINDS } from '#shared/notifications/index.ts';
import { ALERT_ANSWERS, ASKED_ACTIONS, alertResponseSchema, createAlertSchemaAt } from '#shared/alerts/index.ts';
import { DANGER_ANSWERS, YES_NO, reportSchema } from '#shared/intake/index.ts';
import { INTERNATIONAL_BODIES, PROCEEDING_OUTCOMES } from '#shared/proceedings/index.ts';
import { createProceedingSchemaOn } from '#shared/proceedings/proceeding.ts';
import { CAPACITIES, CREDIBILITY, RISK_LEVELS, riskAssessmentSchema, THREAT_SOURCES, THREAT_TYPES, VULNERABILITIES } from '#shared/risk/index.ts';
import { attachmentFieldsSchema } from '#shared/attachments/index.ts';
import { humanText } from './fuzz-kit.ts';

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

const country = fc.constantFrom('CO', 'KE', 'PH', 'GT', 'TR', 'BR', 'FR');
const themes = fc.subarray([...THEMES], { minLength: 1, maxLength: 4 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Logged actions happened: no later than the harness's today (2026-11-23). */
const pastDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2026-11-22'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const clean = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));

const newCase = fc
  .record({
    defenderName: humanText(120), country, themes, organisation: optional(humanText(160)),
    riskStatus: fc.constantFrom(...RISK_STATUSES), visibility: fc.constantFrom('public', 'network', 'restricted'),
    consentBasis: fc.constantFrom(...CONSENT_BASES), summary: humanText(4000),
    recommendedActions: fc.array(humanText(300), { maxLength: 3 }), state: fc.constantFrom('active', 'dormant'),
    // Several current statuses, or (older clients) one riskStatus: never both.
    riskStatuses: fc.subarray([...RISK_STATUSES], { minLength: 1, maxLength: 3 }), useList: fc.boolean(),
  })
  .map(({ useList, riskStatuses, riskStatus, ...rest }) => clean({ ...rest, ...(useList ? { riskStatuses } : { riskStatus }) }));

const caseEdit = fc
  .record(
    { defenderName: humanText(120), country, themes, riskStatuses: fc.subarray([...RISK_STATUSES], { minLength: 1, maxLength: 3 }), summary: humanText(4000) },
    { requiredKeys: [] },
  )
  .filter((v) => Object.keys(v).length > 0);

const ifMatch = (read: (ctx: FuzzContext) => Promise<string>) => async (ctx: FuzzContext) => ({ 'if-match': await read(ctx) });

const actions = fc.subarray([...PARLIAMENTARY_ACTIONS], { minLength: 1, maxLength: 4 });
const httpsLink = fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length < 500 && newActionSchema.shape.evidenceUrl.safeParse(u).success);

/**
 * A proceeding the schema accepts: stages in order, none after the harness's today (2026-11-23);
 * articles only for a violation; an execution status only for a final judgment to execute.
 */
const proceeding = fc
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

export const FUZZ_ROUTES: FuzzRoute[] = [
  { name: 'POST /api/cases', method: 'POST', schema: createCaseSchema, valid: newCase, as: 'coordinator', path: () => '/api/cases' },
  {
    name: 'PATCH /api/cases/{id}', method: 'PATCH', schema: updateCaseSchema, valid: caseEdit, as: 'coordinator',
    path: (ctx) => `/api/cases/${ctx.caseId}`, headers: ifMatch((ctx) => ctx.caseEtag()),
  },
  {
    name: 'PUT /api/cases/{id}/visibility', method: 'PUT', schema: visibilityChangeSchema, as: 'coordinator',
    valid: fc.record({ visibility: fc.constantFrom('public', 'network', 'restricted'), basis: fc.constantFrom(...CONSENT_BASES), note: optional(humanText(1000)) }).map(clean),
    path: (ctx) => `/api/cases/${ctx.caseId}/visibility`, headers: ifMatch((ctx) => ctx.caseEtag()),
  },
  {
    name: 'PUT /api/cases/{id}/public-action-clearance', method: 'PUT', schema: clearanceSchema, as: 'coordinator',
    valid: fc.record({ cleared: fc.boolean(), basis: fc.constantFrom(...CONSENT_BASES), note: optional(humanText(1000)) }).map(clean),
    path: (ctx) => `/api/cases/${ctx.networkCaseId}/public-action-clearance`, headers: ifMatch((ctx) => ctx.networkCaseEtag()),
  },
  {
    name: 'POST /api/cases/{id}/pause', method: 'POST', schema: pauseSchema, as: 'coordinator',
    valid: fc.record({ reason: humanText(1000), basis: fc.constantFrom(...CONSENT_BASES) }), path: (ctx) => `/api/cases/${ctx.caseId}/pause`,
  },
  {
    name: 'POST /api/cases/{id}/events', method: 'POST', schema: newEventSchema, as: 'coordinator',
    valid: fc.oneof(
      fc.record({ type: fc.constantFrom(...EVENT_TYPES.filter((t) => t !== 'hearing')), date, title: humanText(200), description: optional(humanText(2000)) }).map(clean),
      fc.record({ type: fc.constant('hearing'), date, title: humanText(200), court: humanText(200), hearingAt: date.map((d) => `${d}T09:30`) }),
      // A court's local time and zone; 10:00 falls in no zone's clock change.
      fc.record({
        type: fc.constant('hearing'), date, title: humanText(200), court: humanText(200), hearingLocal: date.map((d) => `${d}T10:00`),
        timeZone: fc.constantFrom('America/Tegucigalpa', 'Europe/Paris', 'America/Santiago', 'Asia/Kathmandu'),
      }),
    ),
    path: (ctx) => `/api/cases/${ctx.caseId}/events`,
  },
  {
    // The oracle is the change schema checked against the fuzzed event, a plain one (valid changes never make it a hearing).
    name: 'PATCH /api/cases/{id}/events/{eventId}', method: 'PATCH', schema: eventChangeSchemaFor({ type: 'update' }), as: 'coordinator',
    valid: fc.record(
      {
        type: fc.constantFrom(...EVENT_TYPES.filter((t) => t !== 'hearing')), date, title: humanText(200),
        description: fc.oneof(humanText(2000), fc.constant(null)),
      },
      { requiredKeys: [] },
    ).filter((v) => Object.keys(v).length > 0),
    path: (ctx) => `/api/cases/${ctx.caseId}/events/${ctx.eventId}`, headers: ifMatch((ctx) => ctx.eventEtag()),
  },
  {
    name: 'PUT /api/cases/{id}/sensitive', method: 'PUT', schema: sensitiveFieldsSchema, as: 'coordinator',
    valid: fc.record({ contactDetails: humanText(2000), exactLocation: humanText(500), legalNotes: humanText(4000), riskAccount: humanText(4000) }, { requiredKeys: [] }),
    path: (ctx) => `/api/cases/${ctx.caseId}/sensitive`, headers: ifMatch((ctx) => ctx.sensitiveEtag()),
  },
  {
    // Each accepted analysis is the first of a case of its own (If-Match "0").
    name: 'PUT /api/cases/{id}/risk-assessment', method: 'PUT', schema: riskAssessmentSchema, as: 'coordinator',
    valid: fc.record({
      level: fc.constantFrom(...RISK_LEVELS),
      threats: fc.array(fc.record({
        type: fc.constantFrom(...THREAT_TYPES), source: fc.constantFrom(...THREAT_SOURCES), date, credibility: fc.constantFrom(...CREDIBILITY), note: optional(humanText(1000)),
      }).map(clean), { maxLength: 5 }),
      vulnerabilities: fc.subarray([...VULNERABILITIES]).map((fs) => fs.map((factor) => ({ factor }))),
      capacities: fc.subarray([...CAPACITIES]).map((fs) => fs.map((factor) => ({ factor }))),
      summary: optional(humanText(4000)),
    }).map(clean),
    path: async (ctx) => `/api/cases/${await ctx.freshCase()}/risk-assessment`,
    headers: async () => ({ 'if-match': '"0"' }),
  },
  {
    name: 'POST /api/join-requests', method: 'POST', schema: joinRequestSchema, as: 'anonymous', rateLimited: true,
    valid: fc.record({
      name: humanText(120), email: fc.emailAddress().filter((e) => e.length < 200 && joinRequestSchema.shape.email.safeParse(e).success),
      role: fc.constantFrom('mp', 'diplomat'), institution: humanText(160), country, message: optional(humanText(1000)),
    }).map(clean),
    path: () => '/api/join-requests',
  },
  // Issue 18: member management. Role and posting are left out of the edits: a diplomat without a
  // posting is refused by a rule beyond the schema (tested in member-management.test.ts).
  {
    name: 'PATCH /api/members/{id}', method: 'PATCH', schema: memberChangesSchema, as: 'coordinator',
    valid: fc.record({
      name: humanText(120), parliament: fc.option(humanText(160), { nil: null }), party: fc.option(humanText(120), { nil: null }),
      committees: fc.array(humanText(120), { maxLength: 5 }), interests: fc.record({ countries: fc.uniqueArray(country, { maxLength: 4 }), themes: fc.uniqueArray(fc.constantFrom(...THEMES), { maxLength: 4 }) }),
      active: fc.boolean(),
    }, { requiredKeys: [] }),
    path: async (ctx) => `/api/members/${await ctx.spareMember()}`,
    headers: async () => ({ 'if-match': '"1"' }),
    ownTarget: true,
  },
  {
    name: 'POST /api/members', method: 'POST', schema: inviteMemberSchema, as: 'coordinator',
    valid: fc.record({
      email: fc.uuid().map((id) => `invited-${id}@example.org`), name: humanText(120), role: fc.constantFrom('mp', 'coordinator'),
      party: optional(humanText(120)), country: optional(country), language: optional(fc.constantFrom(...UI_LANGUAGES)),
    }).map(clean),
    path: () => '/api/members',
  },
  {
    // Issue 12: the public report (the honeypot is never generated: people leave it empty).
    name: 'POST /api/reports', method: 'POST', schema: reportSchema, as: 'anonymous', rateLimited: true,
    valid: fc.record({
      whatHappened: humanText(4000), country, atRisk: humanText(200), immediateDanger: fc.constantFrom(...DANGER_ANSWERS),
      mayShareWithNetwork: fc.constantFrom(...YES_NO), mayPublish: fc.constantFrom(...YES_NO),
      region: optional(humanText(120)), organisation: optional(humanText(160)), reporterName: optional(humanText(120)), contactOther: optional(humanText(300)),
    }).map(clean),
    path: () => '/api/reports',
  },
  {
    name: 'POST /api/join-requests/{id}/reject', method: 'POST', schema: decisionSchema, as: 'coordinator',
    valid: fc.record({ reason: humanText(500) }),
    path: async (ctx) => `/api/join-requests/${await ctx.pendingJoinRequest()}/reject`,
  },
  {
    name: 'POST /api/cases/{id}/pledges', method: 'POST', schema: createPledgeSchema, as: 'mp',
    valid: fc.record({ actions, note: optional(humanText(1000)), twin: optional(fc.boolean()) }).map(clean),
    path: async (ctx) => `/api/cases/${await ctx.freshCase()}/pledges`,
  },
  {
    name: 'PATCH /api/cases/{id}/pledges/{memberId}', method: 'PATCH', schema: updatePledgeSchema, as: 'mp',
    valid: fc.record({ actions, note: fc.option(humanText(1000), { nil: null }), twin: fc.boolean() }, { requiredKeys: [] }).filter((v) => Object.keys(v).length > 0),
    path: (ctx) => `/api/cases/${ctx.caseId}/pledges/${ctx.mpId}`, headers: ifMatch((ctx) => ctx.pledgeEtag()),
  },
  {
    name: 'POST /api/cases/{id}/actions', method: 'POST', schema: newActionSchema, as: 'mp',
    valid: fc.record({
      type: fc.constantFrom(...PARLIAMENTARY_ACTIONS), date: pastDate, description: humanText(2000), evidenceUrl: optional(httpsLink), public: optional(fc.boolean()),
    }).map(clean),
    path: (ctx) => `/api/cases/${ctx.caseId}/actions`,
  },
  {
    name: 'PATCH /api/cases/{id}/actions/{actionId}', method: 'PATCH', schema: editActionSchema, as: 'mp',
    valid: fc.record({ description: humanText(2000), evidenceUrl: fc.option(httpsLink, { nil: null }), public: fc.boolean() }, { requiredKeys: [] }).filter((v) => Object.keys(v).length > 0),
    path: (ctx) => `/api/cases/${ctx.caseId}/actions/${ctx.actionId}`, headers: ifMatch((ctx) => ctx.actionEtag()),
  },
  {
    name: 'PUT /api/cases/{id}/actions/{actionId}/verification', method: 'PUT', schema: verificationSchema, as: 'coordinator',
    valid: fc.oneof(
      fc.record({ state: fc.constant('verified'), note: optional(humanText(1000)) }).map(clean),
      fc.record({ state: fc.constant('needs_more_info'), note: humanText(1000) }),
    ),
    path: (ctx) => `/api/cases/${ctx.caseId}/actions/${ctx.actionId}/verification`, headers: ifMatch((ctx) => ctx.actionEtag()),
  },
  {
    name: 'PUT /api/me/preferences', method: 'PUT', schema: preferencesSchema, as: 'mp',
    valid: fc.record({
      weeklyDigest: fc.boolean(), countries: fc.uniqueArray(country, { maxLength: 5 }), themes: fc.subarray([...THEMES], { maxLength: 4 }),
      language: fc.constantFrom(...DIGEST_LANGUAGES),
      uiLanguage: fc.constantFrom(...UI_LANGUAGES), timeZone: fc.constantFrom('UTC', 'Europe/Moscow', 'America/Tegucigalpa', 'Asia/Kolkata'),
      // Each kind optional: a kind left out gets its default.
      notifications: fc.record(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, fc.constantFrom(...DELIVERIES)])), { requiredKeys: [] }),
    }, { requiredKeys: ['weeklyDigest', 'countries', 'themes', 'language'] }),
    path: () => '/api/me/preferences', headers: ifMatch((ctx) => ctx.preferencesEtag()),
  },
  {
    // The oracle's "now" is the harness's: deadlines must be after it.
    name: 'POST /api/cases/{id}/alerts', method: 'POST', schema: createAlertSchemaAt(new Date('2026-11-23T09:00:00.000Z')), as: 'coordinator',
    valid: fc.record({
      happened: humanText(2000), askedActions: optional(fc.subarray([...ASKED_ACTIONS], { maxLength: 4 })), asked: humanText(2000),
      deadline: fc.date({ min: new Date('2026-11-24'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    }).map(clean),
    path: (ctx) => `/api/cases/${ctx.networkCaseId}/alerts`,
  },
  {
    name: 'PUT /api/alerts/{id}/response', method: 'PUT', schema: alertResponseSchema, as: 'mp',
    valid: fc.record({ answer: fc.constantFrom(...ALERT_ANSWERS) }),
    path: async (ctx) => `/api/alerts/${await ctx.alertId()}/response`,
  },
  {
    name: 'POST /api/auth/sign-in', method: 'POST', schema: signInRequestSchema, as: 'anonymous', rateLimited: true,
    valid: fc.record({ email: fc.emailAddress().filter((e) => e.length < 200 && signInRequestSchema.shape.email.safeParse(e).success) }),
    path: () => '/api/auth/sign-in',
  },
  {
    name: 'POST /api/cases/{id}/proceedings', method: 'POST', schema: createProceedingSchemaOn('2026-11-23'), as: 'coordinator',
    valid: proceeding, path: (ctx) => `/api/cases/${ctx.caseId}/proceedings`,
  },
  // Issue 18: asking for a direct upload onto the case (the file itself goes to the store, fuzzed in
  // attachments-fuzz.test.ts through the function; the completion's body is a signed ticket: any change is a 404).
  {
    name: 'POST /api/cases/{id}/attachments/uploads', method: 'POST', schema: attachmentFieldsSchema, as: 'coordinator',
    valid: fc.record({ sensitive: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'on')) }, { requiredKeys: [] }),
    path: (ctx) => `/api/cases/${ctx.caseId}/attachments/uploads`,
  },
];

export { CASE_STATES };
