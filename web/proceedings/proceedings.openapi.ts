/**
 * The OpenAPI paths and schemas of the proceedings API, generated from the same zod schemas that
 * validate the requests. Spread into the one document in openapi.ts.
 */
import { createProceedingSchema, updateProceedingSchema } from '#shared/proceedings/proceeding.ts';
import { schema, problem, json, errors, uuidParam as path } from '../ui/openapi-parts.ts';

const caseId = path('id', 'The case');

export const proceedingSchemas = {
  CreateProceeding: schema(createProceedingSchema),
  UpdateProceeding: schema(updateProceedingSchema),
  Proceeding: {
    type: 'object',
    description: 'A proceeding at an international body, with `applicationDeadline` (ECtHR, not lodged: four months from the final domestic decision) and `executionGapFrom`/`executionOverdue` (a final judgment not executed).',
  },
};

export const proceedingPaths = {
  '/api/cases/{id}/proceedings': {
    get: { summary: "The case's proceedings at international bodies (whoever may see the case)", parameters: [caseId], responses: { 200: { description: '{ items }' }, ...errors } },
    post: {
      summary: 'Record a proceeding (coordinators); optional Idempotency-Key',
      parameters: [caseId, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } }],
      requestBody: { required: true, content: json('CreateProceeding') },
      responses: { 201: { description: 'Created', content: json('Proceeding') }, 409: problem, 422: problem, ...errors },
    },
  },
  '/api/cases/{id}/proceedings/{proceedingId}': {
    patch: {
      summary: 'Change a proceeding (coordinators); the fields sent replace, null clears; If-Match required',
      parameters: [caseId, path('proceedingId', 'The proceeding'), { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
      requestBody: { required: true, content: json('UpdateProceeding') },
      responses: { 200: { description: 'Updated', content: json('Proceeding') }, 409: problem, 412: problem, 428: problem, ...errors },
    },
  },
};
