/**
 * The OpenAPI part for MP adoption, from the same zod schemas that validate
 * the requests. Spread into the document in `openapi.ts`.
 */
import { createPledgeSchema, editActionSchema, newActionSchema, updatePledgeSchema, verificationSchema } from '#shared/pledges/index.ts';
import { myPledgesQuerySchema } from '#shared/pledges/my-pledges.ts';
import { schema, problem, json, errors, ifMatch, uuidParam as uuid } from '../ui/openapi-parts.ts';

export const pledgeSchemas = {
  CreatePledge: schema(createPledgeSchema),
  UpdatePledge: schema(updatePledgeSchema),
  NewAction: schema(newActionSchema),
  EditAction: schema(editActionSchema),
  Verification: schema(verificationSchema),
  Pledge: { type: 'object', description: "An MP's pledge on a case: the actions committed to, a note, whether they twin." },
  LoggedAction: { type: 'object', description: 'An action an MP logged, with evidence link, public flag and verification state.' },
};

/** The adoption paths, keyed as in the document's `paths`. */
export function pledgePaths() {
  const id = uuid('id');
  const memberId = uuid('memberId');
  const actionId = uuid('actionId');
  const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } };
  return {
    '/api/cases/{id}/pledges': {
      get: { summary: "A case's adopters (members who may see the case)", parameters: [id], responses: { 200: { description: '{ adopterCount, twin, items }' }, ...errors } },
      post: {
        summary: 'Adopt the case (MPs, for themselves); twin: true also claims the single twin place; optional Idempotency-Key',
        parameters: [id, idempotencyKey], requestBody: { required: true, content: json('CreatePledge') },
        responses: { 201: { description: 'Created, with Location and ETag', content: json('Pledge') }, 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/pledges/{memberId}': {
      get: { summary: 'One pledge with its ETag', parameters: [id, memberId], responses: { 200: { description: 'Pledge', content: json('Pledge') }, ...errors } },
      patch: {
        summary: 'Change your own pledge; If-Match required',
        parameters: [id, memberId, ifMatch], requestBody: { required: true, content: json('UpdatePledge') },
        responses: { 200: { description: 'Updated', content: json('Pledge') }, 409: problem, 412: problem, 428: problem, ...errors },
      },
      delete: {
        summary: 'Withdraw your own pledge; If-Match required', parameters: [id, memberId, ifMatch],
        responses: { 204: { description: 'Withdrawn' }, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/twin': {
      delete: { summary: 'End the twinning (coordinators)', parameters: [id], responses: { 204: { description: 'Ended' }, 412: problem, ...errors } },
    },
    '/api/cases/{id}/actions': {
      get: { summary: 'Logged actions the caller may see, newest first', parameters: [id], responses: { 200: { description: '{ items }' }, ...errors } },
      post: {
        summary: 'Log an action you did (MPs); optional Idempotency-Key',
        parameters: [id, idempotencyKey],
        requestBody: { required: true, content: json('NewAction') },
        responses: { 201: { description: 'Created', content: json('LoggedAction') }, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/actions/{actionId}': {
      get: { summary: 'One logged action with its ETag', parameters: [id, actionId], responses: { 200: { description: 'Action', content: json('LoggedAction') }, ...errors } },
      patch: {
        summary: 'Correct your own action (back to awaiting verification); If-Match required',
        parameters: [id, actionId, ifMatch], requestBody: { required: true, content: json('EditAction') },
        responses: { 200: { description: 'Updated', content: json('LoggedAction') }, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/actions/{actionId}/verification': {
      put: {
        summary: 'Verify an action or ask for more (coordinators); If-Match required',
        parameters: [id, actionId, ifMatch], requestBody: { required: true, content: json('Verification') },
        responses: { 200: { description: 'Updated', content: json('LoggedAction') }, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/actions/{actionId}/co-signatures': {
      post: { summary: 'Co-sign a joint letter (MPs); optional Idempotency-Key: a retry answers the signature already stored', parameters: [id, actionId, idempotencyKey], responses: { 201: { description: 'Co-signed' }, 409: problem, ...errors } },
    },
    '/api/cases/{id}/suggestions': {
      get: { summary: 'Suggested next actions from the current risk statuses, once each, each with the status that calls for it (members)', parameters: [id], responses: { 200: { description: '{ riskStatuses, items: [{ kind, action | state, why, status }] }' }, ...errors } },
    },
    '/api/me/pledges': {
      get: {
        summary: 'Your adoptions with what is still to do (MPs); cases you may no longer see are left out',
        parameters: Object.entries(myPledgesQuerySchema.shape).map(([name, field]) => ({ name, in: 'query', required: false, schema: schema(field) })),
        responses: { 200: { description: '{ items, nextCursor }' }, ...errors },
      },
    },
  };
}
