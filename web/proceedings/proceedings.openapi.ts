/**
 * The OpenAPI paths and schemas of the proceedings API: requests from the zod schemas that
 * validate them, answers from a zod schema of what the routes send (`proceedingView`). Spread
 * into the one document in openapi.ts.
 */
import { z } from 'zod';
import {
  EXECUTION_STATUSES, INTERNATIONAL_BODIES, PROCEEDING_OUTCOMES, createProceedingSchema, updateProceedingSchema,
} from '#shared/proceedings/proceeding.ts';
import { UN_SR_MEDIA_TYPE, unSrLanguageSchema } from '#shared/proceedings/un-sr-communication.ts';
import { answer, errors, idempotencyKey, ifMatch, json, listOf, problem, schema, sessionOptional, uuidParam as path } from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');
const day = z.string().describe('YYYY-MM-DD');

const proceedingSchema = z.object({
  id: z.uuid(), caseId: z.uuid(), internationalBody: z.enum(INTERNATIONAL_BODIES), otherBody: z.string().optional(), reference: z.string().optional(),
  finalDomesticDecisionDate: day.optional(), lodgedDate: day.optional(), communicatedDate: day.optional(), decisionDate: day.optional(),
  judgmentFinalDate: day.optional(), outcome: z.enum(PROCEEDING_OUTCOMES).optional(), articles: z.array(z.string()).optional(),
  executionStatus: z.enum(EXECUTION_STATUSES).optional(),
  createdAt: at, createdBy: z.string(), updatedAt: at, updatedBy: z.string(), version: z.number().int(),
  applicationDeadline: day.optional().describe('ECtHR, not lodged: the last day to lodge (four months from the final domestic decision)'),
  executionGapFrom: day.optional().describe('A final judgment not executed: the day it is (or was) six months final'),
  executionOverdue: z.boolean().optional(),
});

export const proceedingSchemas = {
  CreateProceeding: schema(createProceedingSchema),
  UpdateProceeding: schema(updateProceedingSchema),
  Proceeding: schema(proceedingSchema, 'output'),
  Proceedings: listOf('Proceeding', false),
};

export function proceedingPaths() {
  const caseId = path('id', 'The case');
  const tags = ['Proceedings'];
  return {
    '/api/cases/{id}/proceedings': {
      get: {
        operationId: 'listProceedings', tags, security: sessionOptional,
        summary: "The case's proceedings at international bodies (whoever may see the case)",
        parameters: [caseId], responses: { 200: answer('The proceedings', 'Proceedings'), ...errors },
      },
      post: {
        operationId: 'recordProceeding', tags, summary: 'Record a proceeding (coordinators); optional Idempotency-Key',
        parameters: [caseId, idempotencyKey], requestBody: { required: true, content: json('CreateProceeding') },
        responses: { 201: answer('Created', 'Proceeding'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/proceedings/{proceedingId}': {
      patch: {
        operationId: 'updateProceeding', tags, summary: 'Change a proceeding (coordinators); the fields sent replace, null clears; If-Match required',
        parameters: [caseId, path('proceedingId', 'The proceeding'), ifMatch], requestBody: { required: true, content: json('UpdateProceeding') },
        responses: { 200: answer('Updated', 'Proceeding'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/communications/un-sr.docx': {
      get: {
        operationId: 'downloadUnSrCommunication', tags,
        summary: 'A draft communication to the UN Special Rapporteur on human rights defenders (coordinators), as DOCX in the chosen language: the alleged victim, the alleged perpetrators, the facts and timeline, the proceedings, the consent recorded, the submitter; never a sensitive field. Only where the case is public on the defender\'s explicit consent and not paused (409 says why otherwise). Each download audited',
        parameters: [caseId, { name: 'language', in: 'query', required: false, description: 'The document\'s language; the caller\'s page language when left out', schema: schema(unSrLanguageSchema) }],
        responses: {
          200: { description: 'The DOCX', content: { [UN_SR_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } },
          409: problem, ...errors,
        },
      },
    },
  };
}
