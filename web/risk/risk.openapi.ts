/** The OpenAPI part for the risk analysis, from the zod schema that validates it. Spread into the document in `openapi.ts`. */
import { z } from 'zod';
import { RISK_LEVELS, riskAssessmentSchema } from '#shared/risk/risk-assessment.schema.ts';
import { answer, errors, ifMatch, json, problem, schema, uuidParam } from '../ui/openapi-parts.ts';

/** What is stored: the analysis, its case, the history of its level, who saved it last (empty before the first save). */
const savedAssessmentSchema = riskAssessmentSchema.safeExtend({
  caseId: z.uuid(),
  levelHistory: z.array(z.object({ level: z.enum(RISK_LEVELS), at: z.string(), by: z.string() })),
  updatedAt: z.string(), updatedBy: z.string(), version: z.number().int(),
});

export const riskSchemas = {
  RiskAssessment: schema(riskAssessmentSchema),
  SavedRiskAssessment: schema(savedAssessmentSchema, 'output'),
};

export function riskPaths() {
  const id = uuidParam('id');
  const tags = ['Risk analysis'];
  return {
    '/api/cases/{id}/risk-assessment': {
      get: {
        operationId: 'readRiskAssessment', tags,
        summary: 'The case’s risk analysis: threats, vulnerabilities, capacities, level and its history (coordinators only; every read audited), with ETag; version 0 before the first save',
        parameters: [id],
        responses: { 200: answer('The analysis, with its ETag', 'SavedRiskAssessment'), ...errors },
      },
      put: {
        operationId: 'saveRiskAssessment', tags,
        summary: 'Replace the risk analysis (coordinators; If-Match with its version, "0" before the first save); a new level is added to the history; audited with the names of the parts that changed',
        parameters: [id, ifMatch], requestBody: { required: true, content: json('RiskAssessment') },
        responses: { 200: answer('The saved analysis, with its new ETag', 'SavedRiskAssessment'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
  };
}
