/**
 * The OpenAPI paths and schemas of the proceedings API, generated from the same zod schemas that
 * validate the requests. Spread into the one document in openapi.ts.
 */
import { createProceedingSchema, updateProceedingSchema } from '#shared/proceedings/proceeding.ts';
import { UN_SR_MEDIA_TYPE, unSrLanguageSchema } from '#shared/proceedings/un-sr-communication.ts';
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
  '/api/cases/{id}/communications/un-sr.docx': {
    get: {
      operationId: 'downloadUnSrCommunication',
      tags: ['proceedings'],
      summary: 'A draft communication to the UN Special Rapporteur on human rights defenders (coordinators), as DOCX in the chosen language: the alleged victim, the alleged perpetrators, the facts and timeline, the proceedings, the consent recorded, the submitter; never a sensitive field. Only where the case is public on the defender\'s explicit consent and not paused (409 says why otherwise). Each download audited',
      parameters: [caseId, { name: 'language', in: 'query', required: false, description: 'The document\'s language; the caller\'s page language when left out', schema: schema(unSrLanguageSchema) }],
      responses: {
        200: { description: 'The DOCX', content: { [UN_SR_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } },
        409: problem, ...errors,
      },
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
