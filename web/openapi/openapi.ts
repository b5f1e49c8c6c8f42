/**
 * The OpenAPI 3.1 document for the JSON API, generated from the same zod
 * schemas that validate requests (zod 4's JSON Schema output), so the two
 * cannot disagree.
 */
import { z } from 'zod';
import { caseListQuerySchema, createCaseSchema, updateCaseSchema, visibilityChangeSchema } from '#shared/domain/case.ts';
import { signInRequestSchema } from '#shared/domain/member.ts';
import { sensitiveFieldsSchema } from '#shared/domain/sensitive.ts';
import { newEventSchema } from '#shared/domain/timeline.ts';
import { eventChangeSchema } from '#shared/domain/event-correction.ts';
import { clearanceSchema } from '#shared/case-safety/public-action-clearance.ts';
import { pauseSchema } from '#shared/case-safety/consent.ts';
import { decisionSchema, joinRequestSchema } from '#shared/members/join-request.ts';
import { inviteMemberSchema, memberChangesSchema } from '#shared/members/member.schema.ts';
import { pledgePaths, pledgeSchemas } from '../pledges/index.ts';
import { alertPaths, alertSchemas } from '../alerts/index.ts';
import { intakePaths, intakeSchemas } from '../intake/index.ts';
import { riskPaths, riskSchemas } from '../risk/index.ts';
import { missionPaths, missionSchemas } from '../missions/index.ts';
import { proceedingPaths, proceedingSchemas } from '../proceedings/index.ts';
import { coveragePaths, coverageSchemas } from '../coverage/index.ts';
import { attachmentPaths } from '../attachments/index.ts';
import { preferencesSchema } from '#shared/digests/preferences.ts';
import { testSendSchema } from '#shared/digests/preview.ts';
import { runsQuerySchema } from '#shared/digests/digest-runs.ts';
import { errors as featureErrors, ifMatch, json, problem, schema, uuidParam } from '../ui/openapi-parts.ts';

// The core routes also answer 429 (sign-in, join requests and their rate limits).
const errors = { ...featureErrors, 429: problem };

function queryParameters(s: z.ZodObject) {
  return Object.entries(s.shape).map(([name, field]) => ({
    name, in: 'query', required: false, schema: schema(field as z.ZodType),
  }));
}

const idParam = uuidParam('id');
const eventIdParam = { name: 'eventId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const ok = (description: string) => ({ 200: { description }, ...errors });

/** Consent, pause, timeline, sensitive fields, audit: coordinators' protective tools. */
const caseSafetyPaths = {
  '/api/cases/{id}/visibility': {
    put: { summary: 'Change visibility with its consent basis (coordinators); ends a pause', parameters: [idParam, ifMatch], requestBody: { required: true, content: json('VisibilityChange') }, responses: { ...ok('Updated case'), 412: problem, 428: problem } },
  },
  '/api/cases/{id}/public-action-clearance': {
    put: { summary: "Clear MPs' public action on a case not consented as public, or withdraw it (coordinators); If-Match required; recorded in the consent ledger", parameters: [idParam, ifMatch], requestBody: { required: true, content: json('PublicActionClearance') }, responses: { ...ok('Case'), 409: problem, 412: problem, 428: problem } },
  },
  '/api/cases/{id}/pause': {
    post: { summary: 'Pause publicity at once, recording its basis and reason in the consent ledger, and privately notify everyone who acted on the case', parameters: [idParam], requestBody: { required: true, content: json('Pause') }, responses: ok('{ case, notified }') },
  },
  '/api/cases/{id}/consent': { get: { summary: 'The consent ledger, newest first (coordinators)', parameters: [idParam], responses: ok('{ items }') } },
  '/api/cases/{id}/events': {
    get: { summary: 'The timeline, newest first', parameters: [idParam], responses: ok('{ items }') },
    post: { summary: 'Post a timeline event (coordinators); If-Match needed when it moves the risk status; optional Idempotency-Key', parameters: [idParam, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } }], requestBody: { required: true, content: json('NewEvent') }, responses: { 201: { description: '{ event, case }' }, 412: problem, 422: problem, 428: problem, ...errors } },
  },
  '/api/cases/{id}/events/{eventId}': {
    patch: {
      summary: 'Correct a timeline event (coordinators); If-Match with the event\'s version (each event in GET …/events carries it; events never corrected are version 1). The calendar, the observers\' sign-ups and reminders, the feeds and the week\'s digest news follow; never moves the case\'s risk status. A proceeding\'s stage (type proceeding_*) answers 409: it changes with its proceeding. Audited with the fields that changed',
      parameters: [idParam, eventIdParam, ifMatch], requestBody: { required: true, content: json('EventChange') },
      responses: { 200: { description: 'The corrected event, its version as ETag' }, 409: problem, 412: problem, 428: problem, ...errors },
    },
    delete: {
      summary: 'Delete a timeline event (coordinators); If-Match with the event\'s version. A hearing leaves the calendar and the feeds, and its observers the roster; the event leaves the week\'s digest news. Audited',
      parameters: [idParam, eventIdParam, ifMatch], responses: { 204: { description: 'Deleted' }, 409: problem, 412: problem, 428: problem, ...errors },
    },
  },
  '/api/cases/{id}/sensitive': {
    get: { summary: 'Sensitive fields (coordinators; every read is audited)', parameters: [idParam], responses: ok('Sensitive fields with ETag') },
    put: { summary: 'Replace the sensitive fields (coordinators; If-Match "0" before the first save)', parameters: [idParam, ifMatch], requestBody: { required: true, content: json('SensitiveFields') }, responses: { ...ok('Saved'), 412: problem, 428: problem } },
  },
  '/api/cases/{id}/audit': { get: { summary: 'Audit log of a case (coordinators)', parameters: [idParam], responses: ok('{ items, nextCursor }') } },
  '/api/members/{id}/audit': { get: { summary: 'What a member did (coordinators)', parameters: [idParam], responses: ok('{ items, nextCursor }') } },
};

/** Members, join requests, the export. */
const networkPaths = {
  '/api/members': {
    get: { summary: 'Members by name (coordinators)', responses: ok('{ items }') },
    post: { summary: 'Invite one person directly (coordinators): the member is created and emailed a sign-in link in their language; 409 when the address is already a member', requestBody: { required: true, content: json('InviteMember') }, responses: { 201: { description: 'The member, with Location and ETag' }, 409: problem, ...errors } },
  },
  '/api/members/{id}': {
    get: { summary: 'One member as coordinators manage them: role, parliament, party, committees, posting, interests, active (coordinators), with ETag', parameters: [idParam], responses: ok('Member detail') },
    patch: { summary: 'Edit a member (coordinators; If-Match): name, role, parliament, party, committees, posting, interests, active. Deactivating ends their sessions and calendar feeds at once and takes them out of rosters, alerts and digests', parameters: [idParam, ifMatch], requestBody: { required: true, content: json('MemberChanges') }, responses: { ...ok('The member, with its new ETag'), 409: problem, 412: problem, 428: problem } },
  },
  '/api/join-requests': {
    post: { summary: 'Ask to join (public, rate-limited; same answer for members and non-members)', security: [], requestBody: { required: true, content: json('JoinRequest') }, responses: { 202: { description: 'Accepted' }, ...errors } },
    get: { summary: 'Join requests by status (coordinators)', responses: ok('{ items }') },
  },
  '/api/join-requests/{id}/approve': { post: { summary: 'Approve: create the member and email an invitation', parameters: [idParam], responses: { ...ok('Decided request'), 409: problem } } },
  '/api/join-requests/{id}/reject': { post: { summary: 'Reject a request', parameters: [idParam], requestBody: { required: true, content: json('Decision') }, responses: { ...ok('Decided request'), 409: problem } } },
  '/api/exports/cases.xlsx': { get: { summary: 'XLSX export of the case list (coordinators; audited; no sensitive fields): sheets Cases, Timeline and Actions (a confidential action without its text); 100 cases a file', responses: { 200: { description: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; Link rel=next when more' }, ...errors } } },
  '/api/exports/cases.csv': { get: { summary: 'CSV export of the case list (coordinators; audited; no sensitive fields). UTF-8 with a byte-order mark (Excel); beside each code column its label in the requester\'s language (countryName, themeLabels, riskStatusLabels, visibilityLabel, stateLabel); the list\'s filters, and lang for the labels', responses: { 200: { description: 'text/csv; Link rel=next when more' }, ...errors } } },
};

/** Spreadsheet imports (coordinators): a CSV or XLSX body, or multipart with `file`; up to 4 MiB and 10,000 rows. */
const importBody = {
  required: true,
  content: {
    'text/csv': { schema: { type: 'string' } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
    'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } },
  },
};
const dryRunParam = { name: 'dryRun', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'], default: 'false' } };
const importPaths = {
  '/api/imports/cases': { post: { summary: 'Import cases from a spreadsheet (columns: the create-case fields, themes separated by ;, externalId for re-imports). dryRun=true: { rows, valid, toCreate, toUpdate, errors: [{ row, field, message }] }, nothing stored; else { created, updated, skipped, errors }', parameters: [dryRunParam], requestBody: importBody, responses: ok('Import result') } },
  '/api/imports/members': { post: { summary: 'Invite members from a spreadsheet (columns: email, name, role, parliament, party, mission, country, language); same answers as the cases import', parameters: [dryRunParam], requestBody: importBody, responses: ok('Import result') } },
};

const weekParam = { name: 'week', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}-W\\d{2}$', examples: ['2026-W48'] } };

/** Preferences (every member) and the weekly digest (coordinators). */
const digestPaths = {
  '/api/me/preferences': {
    get: { summary: 'My digest preferences, with the member version as ETag (defaults: digest on, no interests, English)', responses: ok('Preferences') },
    put: { summary: 'Replace my digest preferences; If-Match with the ETag', parameters: [ifMatch], requestBody: { required: true, content: json('Preferences') }, responses: { ...ok('Preferences with the new ETag'), 412: problem, 428: problem } },
  },
  '/api/digests/{week}/preview': {
    get: {
      summary: "A member's digest for an ISO week, as it would be sent (coordinators)",
      parameters: [weekParam, { name: 'member', in: 'query', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: ok('{ memberId, language, empty, subject, text, html }'),
    },
  },
  '/api/digests/{week}/test': {
    post: { summary: "Send a member's digest to myself, subject prefixed [Test]; no send record (coordinators)", parameters: [weekParam], requestBody: { required: true, content: json('TestSend') }, responses: { 202: { description: '{ to, messageId }' }, 409: problem, ...errors } },
  },
  '/api/digests/{week}/runs': {
    post: { summary: "Send the week's digest to every member now, in the background; each member gets it at most once (coordinators)", parameters: [weekParam], responses: { 202: { description: '{ week }' }, ...errors } },
  },
  '/api/digest-runs': { get: { summary: 'Digest runs with their totals, newest first (coordinators)', parameters: queryParameters(runsQuerySchema), responses: ok('{ items, nextCursor }') } },
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Tandem API', version: '0.1.0', description: 'Parliamentary protection of human rights defenders.' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-tandem_session' } },
      schemas: {
        CreateCase: schema(createCaseSchema),
        UpdateCase: schema(updateCaseSchema),
        SignIn: schema(signInRequestSchema),
        VisibilityChange: schema(visibilityChangeSchema),
        Pause: schema(pauseSchema),
        PublicActionClearance: schema(clearanceSchema),
        NewEvent: schema(newEventSchema),
        EventChange: schema(eventChangeSchema),
        SensitiveFields: schema(sensitiveFieldsSchema),
        JoinRequest: schema(joinRequestSchema),
        Decision: schema(decisionSchema),
        InviteMember: schema(inviteMemberSchema),
        MemberChanges: schema(memberChangesSchema),
        Preferences: schema(preferencesSchema),
        TestSend: schema(testSendSchema),
        Case: { type: 'object', description: 'A defender case (never with sensitive fields).' },
        ...pledgeSchemas,
        ...alertSchemas,
        ...intakeSchemas,
        ...riskSchemas,
        ...missionSchemas,
        ...proceedingSchemas,
        ...coverageSchemas,
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
            requestId: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
    security: [{ session: [] }],
    paths: {
      ...pledgePaths(),
      ...alertPaths(),
      ...coveragePaths(),
      ...intakePaths(),
      ...attachmentPaths(),
      ...riskPaths(),
      '/api/auth/sign-in': {
        post: {
          summary: 'Email a one-time sign-in link (same answer for unknown addresses)', security: [],
          requestBody: { required: true, content: json('SignIn') },
          responses: { 202: { description: 'Accepted' }, ...errors },
        },
      },
      '/api/auth/sign-out': { post: { summary: 'End the session', responses: { 204: { description: 'Signed out' } } } },
      '/api/me': { get: { summary: 'The signed-in member', responses: { 200: { description: 'Member' }, 401: problem } } },
      '/api/cases': {
        get: {
          summary: 'Cases the caller may see, most recently updated first',
          parameters: queryParameters(caseListQuerySchema),
          responses: { 200: { description: '{ items, nextCursor }' }, ...errors },
        },
        post: {
          summary: 'Create a case (coordinators)',
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } }],
          requestBody: { required: true, content: json('CreateCase') },
          responses: { 201: { description: 'Created', content: json('Case') }, 422: problem, ...errors },
        },
      },
      '/api/cases/{id}': {
        get: { summary: 'One case (404 if the caller may not see it)', parameters: [idParam], responses: { 200: { description: 'Case with ETag', content: json('Case') }, ...errors } },
        patch: {
          summary: 'Edit a case (coordinators); If-Match required',
          parameters: [idParam, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json('UpdateCase') },
          responses: { 200: { description: 'Updated', content: json('Case') }, 412: problem, 428: problem, ...errors },
        },
      },
      ...caseSafetyPaths,
      ...networkPaths,
      ...importPaths,
      ...missionPaths,
      ...proceedingPaths,
      ...digestPaths,
    },
  };
}
