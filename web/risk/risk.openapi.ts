/** The OpenAPI part for the risk analysis, from the zod schema that validates it. Spread into the document in `openapi.ts`. */
import { z } from 'zod';
import { riskAssessmentSchema } from '#shared/risk/index.ts';

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 413: problem, 415: problem, 500: problem, 503: problem };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

export const riskSchemas = { RiskAssessment: schema(riskAssessmentSchema) };

export function riskPaths() {
  return {
    '/api/cases/{id}/risk-assessment': {
      get: {
        summary: 'The case’s risk analysis: threats, vulnerabilities, capacities, level and its history (coordinators only; every read audited), with ETag; version 0 before the first save',
        parameters: [id],
        responses: { 200: { description: 'The analysis, with its ETag' }, ...errors },
      },
      put: {
        summary: 'Replace the risk analysis (coordinators; If-Match with its version, "0" before the first save); a new level is added to the history; audited with the names of the parts that changed',
        parameters: [id, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/RiskAssessment' } } } },
        responses: { 200: { description: 'The saved analysis, with its new ETag' }, 412: problem, 428: problem, ...errors },
      },
    },
  };
}
