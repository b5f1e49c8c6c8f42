/**
 * The OpenAPI paths and schemas of the proceedings API: requests from the zod schemas that
 * validate them, answers from a zod schema of what the routes send (`proceedingView`). Spread
 * into the one document in openapi.ts.
 */
import { z } from 'zod';
import {
  EXECUTION_STATUSES, INTERNATIONAL_BODIES, PROCEEDING_OUTCOMES, createProceedingSchema, updateProceedingSchema,
} from '#shared/proceedings/proceeding.ts';
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
  };
}
