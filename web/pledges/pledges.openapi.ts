/**
 * The OpenAPI part for MP adoption: requests from the zod schemas that validate them, answers
 * from zod schemas of what the routes send. Spread into the document in `openapi.ts`.
 */
import { z } from 'zod';
import { CASE_STATES, RISK_STATUSES } from '#shared/domain/case.ts';
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import { createPledgeSchema, editActionSchema, newActionSchema, updatePledgeSchema, verificationSchema } from '#shared/pledges/index.ts';
import { VERIFICATION_STATES } from '#shared/pledges/action.schema.ts';
import { myPledgesQuerySchema } from '#shared/pledges/my-pledges.ts';
import { answer, errors, idempotencyKey, ifMatch, json, listOf, problem, queryParameters, schema, sessionOptional, uuidParam as uuid } from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');
const action = z.enum(PARLIAMENTARY_ACTIONS);

const pledgeSchema = z.object({
  caseId: z.uuid(), memberId: z.uuid(), memberName: z.string(), actions: z.array(action), note: z.string().optional(),
  twin: z.boolean(), createdAt: at, updatedAt: at, version: z.number().int(),
});
const coSignatureSchema = z.object({ caseId: z.uuid(), actionId: z.uuid(), memberId: z.uuid(), memberName: z.string(), at });
const loggedActionSchema = z.object({
  id: z.uuid(), caseId: z.uuid(), memberId: z.uuid(), memberName: z.string(), type: action, date: z.string(), description: z.string(),
  evidenceUrl: z.string().optional(), public: z.boolean(),
  verification: z.object({ state: z.enum(VERIFICATION_STATES), note: z.string().optional(), by: z.string().optional(), at: at.optional() }),
  createdAt: at, updatedAt: at, version: z.number().int(), coSigners: z.array(coSignatureSchema).optional(),
});
const suggestionSchema = z.union([
  z.object({ kind: z.literal('action'), action, why: z.string(), status: z.enum(RISK_STATUSES) }),
  z.object({ kind: z.literal('case_state'), state: z.literal('dormant'), why: z.string(), status: z.enum(RISK_STATUSES) }),
]);
const myAdoptionSchema = z.object({
  case: z.object({
    id: z.uuid(), defenderName: z.string(), country: z.string(), riskStatuses: z.array(z.enum(RISK_STATUSES)), state: z.enum(CASE_STATES),
    adopterCount: z.number().int(), paused: z.boolean(),
  }),
  pledge: pledgeSchema, actions: z.array(loggedActionSchema), done: z.array(action), remaining: z.array(action),
});

export const pledgeSchemas = {
  CreatePledge: schema(createPledgeSchema),
  UpdatePledge: schema(updatePledgeSchema),
  NewAction: schema(newActionSchema),
  EditAction: schema(editActionSchema),
  Verification: schema(verificationSchema),
  Pledge: schema(pledgeSchema, 'output'),
  CasePledges: schema(z.object({
    adopterCount: z.number().int(), twin: z.object({ caseId: z.uuid(), memberId: z.uuid(), since: at }).nullable(), items: z.array(pledgeSchema),
  }), 'output'),
  LoggedAction: schema(loggedActionSchema, 'output'),
  LoggedActions: listOf('LoggedAction', false),
  CoSignature: schema(coSignatureSchema, 'output'),
  Suggestions: schema(z.object({ riskStatuses: z.array(z.enum(RISK_STATUSES)), items: z.array(suggestionSchema) }), 'output'),
  MyAdoption: schema(myAdoptionSchema, 'output'),
  MyAdoptions: listOf('MyAdoption'),
};

/** The adoption paths, keyed as in the document's `paths`. */
export function pledgePaths() {
  const id = uuid('id');
  const memberId = uuid('memberId');
  const actionId = uuid('actionId');
  const tags = ['Pledges'];
  const actions = ['Logged actions'];
  return {
    '/api/cases/{id}/pledges': {
      get: { operationId: 'listPledges', tags, summary: "A case's adopters (members who may see the case)", parameters: [id], responses: { 200: answer('The adopters and the twin', 'CasePledges'), ...errors } },
      post: {
        operationId: 'pledge', tags,
        summary: 'Adopt the case (MPs, for themselves); twin: true also claims the single twin place; optional Idempotency-Key',
        parameters: [id, idempotencyKey], requestBody: { required: true, content: json('CreatePledge') },
        responses: { 201: answer('Created, with Location and ETag', 'Pledge'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/pledges/{memberId}': {
      get: { operationId: 'getPledge', tags, summary: 'One pledge with its ETag', parameters: [id, memberId], responses: { 200: answer('The pledge', 'Pledge'), ...errors } },
      patch: {
        operationId: 'updatePledge', tags, summary: 'Change your own pledge; If-Match required',
        parameters: [id, memberId, ifMatch], requestBody: { required: true, content: json('UpdatePledge') },
        responses: { 200: answer('Updated', 'Pledge'), 409: problem, 412: problem, 428: problem, ...errors },
      },
      delete: {
        operationId: 'withdrawPledge', tags, summary: 'Withdraw your own pledge; If-Match required', parameters: [id, memberId, ifMatch],
        responses: { 204: { description: 'Withdrawn' }, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/twin': {
      delete: { operationId: 'endTwinning', tags, summary: 'End the twinning (coordinators)', parameters: [id], responses: { 204: { description: 'Ended' }, 412: problem, ...errors } },
    },
    '/api/cases/{id}/actions': {
      get: {
        operationId: 'listLoggedActions', tags: actions, security: sessionOptional, summary: 'Logged actions the caller may see, newest first',
        parameters: [id], responses: { 200: answer('The actions', 'LoggedActions'), ...errors },
      },
      post: {
        operationId: 'logAction', tags: actions, summary: 'Log an action you did (MPs); optional Idempotency-Key',
        parameters: [id, idempotencyKey], requestBody: { required: true, content: json('NewAction') },
        responses: { 201: answer('Created', 'LoggedAction'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/actions/{actionId}': {
      get: {
        operationId: 'getLoggedAction', tags: actions, security: sessionOptional, summary: 'One logged action with its ETag',
        parameters: [id, actionId], responses: { 200: answer('The action', 'LoggedAction'), ...errors },
      },
      patch: {
        operationId: 'correctLoggedAction', tags: actions, summary: 'Correct your own action (back to awaiting verification); If-Match required',
        parameters: [id, actionId, ifMatch], requestBody: { required: true, content: json('EditAction') },
        responses: { 200: answer('Updated', 'LoggedAction'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/actions/{actionId}/verification': {
      put: {
        operationId: 'verifyLoggedAction', tags: actions, summary: 'Verify an action or ask for more (coordinators); If-Match required',
        parameters: [id, actionId, ifMatch], requestBody: { required: true, content: json('Verification') },
        responses: { 200: answer('Updated', 'LoggedAction'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/actions/{actionId}/co-signatures': {
      post: {
        operationId: 'coSignLetter', tags: actions, summary: 'Co-sign a joint letter (MPs); optional Idempotency-Key: a retry answers the signature already stored',
        parameters: [id, actionId, idempotencyKey], responses: { 201: answer('Co-signed', 'CoSignature'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/suggestions': {
      get: {
        operationId: 'suggestActions', tags,
        summary: 'Suggested next actions from the current risk statuses, once each, each with the status that calls for it (members)',
        parameters: [id], responses: { 200: answer('The suggestions', 'Suggestions'), ...errors },
      },
    },
    '/api/me/pledges': {
      get: {
        operationId: 'listMyPledges', tags,
        summary: 'Your adoptions with what is still to do (MPs); cases you may no longer see are left out',
        parameters: queryParameters(myPledgesQuerySchema), responses: { 200: answer('A page of adoptions', 'MyAdoptions'), ...errors },
      },
    },
  };
}
