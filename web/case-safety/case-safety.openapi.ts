/**
 * The OpenAPI part for the protective side of a case: visibility and its consent ledger, the
 * pause, the clearance of MPs' public action, the timeline's writes, sensitive fields and the
 * audit log. Spread into the document in `web/openapi/openapi.ts`.
 */
import { z } from 'zod';
import { CONSENT_BASES, VISIBILITIES, visibilityChangeSchema } from '#shared/domain/case.ts';
import { newEventSchema } from '#shared/domain/timeline.ts';
import { eventChangeSchema } from '#shared/domain/event-correction.ts';
import { sensitiveFieldsSchema } from '#shared/domain/sensitive.ts';
import { clearanceSchema } from '#shared/case-safety/public-action-clearance.ts';
import { auditQuerySchema } from '#shared/case-safety/audit-log.ts';
import { pauseSchema } from '#shared/case-safety/consent.ts';
import {
  answer, errors, idempotencyKey, ifMatch, json, listOf, problem, queryParameters, ref, schema, sessionOptional, uuidParam,
} from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');

const consentEntrySchema = z.object({
  id: z.uuid(), caseId: z.uuid(), at, by: z.string(),
  visibility: z.enum(VISIBILITIES), namedMemberIds: z.array(z.string()), basis: z.enum(CONSENT_BASES), note: z.string().optional(),
  event: z.enum(['created', 'changed', 'paused', 'resumed', 'public_action_cleared', 'public_action_withdrawn']),
});

const auditEntrySchema = z.object({
  id: z.uuid(), at, actorId: z.string(), action: z.string().describe('What was done, e.g. case.updated'),
  caseId: z.string().optional(), memberId: z.string().optional(), reportId: z.string().optional(), attachmentId: z.string().optional(),
  fields: z.array(z.string()).optional().describe('The names of the fields that changed, never their values'),
});

const sensitiveAnswerSchema = z.object({
  caseId: z.uuid(),
  sourceReport: z.object({ reportId: z.uuid(), reference: z.string() }).optional().describe('The intake report the case came from'),
  contactDetails: z.string().optional(), exactLocation: z.string().optional(), legalNotes: z.string().optional(), riskAccount: z.string().optional(),
  updatedAt: at.optional(), updatedBy: z.string().optional(), version: z.number().int(),
});

export const caseSafetySchemas = {
  VisibilityChange: schema(visibilityChangeSchema),
  Pause: schema(pauseSchema),
  PublicActionClearance: schema(clearanceSchema),
  NewEvent: schema(newEventSchema),
  EventChange: schema(eventChangeSchema),
  SensitiveFields: schema(sensitiveFieldsSchema),
  SensitiveFieldsAnswer: schema(sensitiveAnswerSchema, 'output'),
  ConsentEntry: schema(consentEntrySchema, 'output'),
  ConsentLedger: listOf('ConsentEntry', false),
  TimelineEvents: listOf('TimelineEvent', false),
  EventPosted: { type: 'object', required: ['event', 'case'], additionalProperties: false, properties: { event: ref('TimelineEvent'), case: ref('Case') } },
  Paused: {
    type: 'object', required: ['case', 'notified'], additionalProperties: false,
    properties: { case: ref('Case'), notified: { type: 'integer', description: 'How many members acting on the case were told privately' } },
  },
  AuditEntry: schema(auditEntrySchema, 'output'),
  AuditPage: listOf('AuditEntry'),
};

export function caseSafetyPaths() {
  const id = uuidParam('id');
  const eventId = uuidParam('eventId', 'A timeline event of the case');
  const tags = ['Case safety'];
  const timeline = ['Timeline'];
  return {
    '/api/cases/{id}/visibility': {
      put: {
        operationId: 'changeVisibility', tags, summary: 'Change visibility with its consent basis (coordinators); ends a pause',
        parameters: [id, ifMatch], requestBody: { required: true, content: json('VisibilityChange') },
        responses: { 200: answer('The case, with its new ETag', 'Case'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/public-action-clearance': {
      put: {
        operationId: 'setPublicActionClearance', tags,
        summary: "Clear MPs' public action on a case not consented as public, or withdraw it (coordinators); If-Match required; recorded in the consent ledger",
        parameters: [id, ifMatch], requestBody: { required: true, content: json('PublicActionClearance') },
        responses: { 200: answer('The case, with its new ETag', 'Case'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/pause': {
      post: {
        operationId: 'pausePublicity', tags,
        summary: 'Pause publicity at once, recording its basis and reason in the consent ledger, and privately notify everyone who acted on the case',
        parameters: [id], requestBody: { required: true, content: json('Pause') },
        responses: { 200: answer('The paused case and how many were told', 'Paused'), 409: problem, ...errors },
      },
    },
    '/api/cases/{id}/consent': {
      get: { operationId: 'listConsent', tags, summary: 'The consent ledger, newest first (coordinators)', parameters: [id], responses: { 200: answer('The ledger', 'ConsentLedger'), ...errors } },
    },
    '/api/cases/{id}/events': {
      get: {
        operationId: 'listEvents', tags: timeline, security: sessionOptional, summary: 'The timeline, newest first, each event with its version',
        parameters: [id], responses: { 200: answer('The events', 'TimelineEvents'), ...errors },
      },
      post: {
        operationId: 'addEvent', tags: timeline, summary: 'Post a timeline event (coordinators); If-Match needed when it moves the risk status; optional Idempotency-Key',
        parameters: [id, idempotencyKey], requestBody: { required: true, content: json('NewEvent') },
        responses: { 201: answer('The event and the case, with its ETag', 'EventPosted'), 409: problem, 412: problem, 422: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/events/{eventId}': {
      patch: {
        operationId: 'correctEvent', tags: timeline,
        summary: "Correct a timeline event (coordinators); If-Match with the event's version (each event in GET …/events carries it; events never corrected are version 1). The calendar, the observers' sign-ups and reminders, the feeds and the week's digest news follow; never moves the case's risk status. A proceeding's stage (type proceeding_*) answers 409: it changes with its proceeding. Audited with the fields that changed",
        parameters: [id, eventId, ifMatch], requestBody: { required: true, content: json('EventChange') },
        responses: { 200: answer('The corrected event, its version as ETag', 'TimelineEvent'), 409: problem, 412: problem, 428: problem, ...errors },
      },
      delete: {
        operationId: 'deleteEvent', tags: timeline,
        summary: "Delete a timeline event (coordinators); If-Match with the event's version. A hearing leaves the calendar and the feeds, and its observers the roster; the event leaves the week's digest news. Audited",
        parameters: [id, eventId, ifMatch], responses: { 204: { description: 'Deleted' }, 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/sensitive': {
      get: {
        operationId: 'readSensitiveFields', tags, summary: 'Sensitive fields (coordinators; every read is audited)',
        parameters: [id], responses: { 200: answer('The fields, with ETag (version 0 before the first save)', 'SensitiveFieldsAnswer'), ...errors },
      },
      put: {
        operationId: 'saveSensitiveFields', tags, summary: 'Replace the sensitive fields (coordinators; If-Match "0" before the first save)',
        parameters: [id, ifMatch], requestBody: { required: true, content: json('SensitiveFields') },
        responses: { 200: answer('The saved fields, with their new ETag', 'SensitiveFieldsAnswer'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/audit': {
      get: { operationId: 'caseAudit', tags: ['Audit'], summary: 'Audit log of a case, newest first (coordinators)', parameters: [id, ...queryParameters(auditQuerySchema)], responses: { 200: answer('A page of audit entries', 'AuditPage'), ...errors } },
    },
    '/api/members/{id}/audit': {
      get: { operationId: 'memberAudit', tags: ['Audit'], summary: 'What a member did, newest first (coordinators)', parameters: [id, ...queryParameters(auditQuerySchema)], responses: { 200: answer('A page of audit entries', 'AuditPage'), ...errors } },
    },
  };
}
