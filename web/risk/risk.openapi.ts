/** The OpenAPI part for the risk analysis, from the zod schema that validates it. Spread into the document in `openapi.ts`. */
import { riskAssessmentSchema } from '#shared/risk/index.ts';
import { schema, problem, errors, uuidParam } from '../ui/openapi-parts.ts';

const id = uuidParam('id');

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
