/**
 * The risk analysis's JSON API, declared once: `GET/PUT /api/cases/{id}/risk-assessment`
 * (coordinators only; If-Match with its version, "0" before the first save). The configs below
 * validate the request, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts). Never cached: what it holds must not outlive the coordinator's screen.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { readRiskAssessment, saveRiskAssessment } from '#shared/risk/index.ts';
import { RISK_LEVELS, riskAssessmentSchema } from '#shared/risk/risk-assessment.schema.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { WebDeps } from '../env.ts';
import { errors, problem } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';

/** What is stored: the analysis, its case, the history of its level, who saved it last (empty before the first save). */
const savedAssessmentSchema = riskAssessmentSchema.safeExtend({
  caseId: z.uuid(),
  levelHistory: z.array(z.object({ level: z.enum(RISK_LEVELS), at: z.string(), by: z.string() })),
  updatedAt: z.string(), updatedBy: z.string(), version: z.number().int(),
});

const tags = ['Risk analysis'];
const params = z.object({ id: pathId() });

const readRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/risk-assessment', operationId: 'readRiskAssessment', tags, security: session,
  summary: 'The case’s risk analysis: threats, vulnerabilities, capacities, level and its history (coordinators only; every read audited), with ETag; version 0 before the first save',
  request: { params },
  responses: { 200: jsonAnswer('The analysis, with its ETag', 'SavedRiskAssessment', savedAssessmentSchema), ...errors },
});

const saveRoute = createRoute({
  method: 'put', path: '/api/cases/{id}/risk-assessment', operationId: 'saveRiskAssessment', tags, security: session,
  summary: 'Replace the risk analysis (coordinators; If-Match with its version, "0" before the first save); a new level is added to the history; audited with the names of the parts that changed',
  middleware: [jsonBody],
  request: { params, headers: z.object({ 'If-Match': ifMatchHeader }), body: jsonRequest('RiskAssessment', riskAssessmentSchema) },
  responses: { 200: jsonAnswer('The saved analysis, with its new ETag', 'SavedRiskAssessment', savedAssessmentSchema), 409: problem, 412: problem, 428: problem, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const riskRoutes = [readRoute, saveRoute];
/** The risk analysis's part of `/api/openapi.json`. */
export const riskOpenApi = () => openApiPart(riskRoutes);

export function riskApi(deps: WebDeps) {
  return apiApp()
    .openapi(readRoute, async (c) => {
      const { assessment } = await readRiskAssessment(deps, c.get('viewer'), c.req.valid('param').id);
      c.header('ETag', etagOf(assessment));
      c.header('Cache-Control', 'private, no-store');
      return c.json(assessment, 200);
    })
    .openapi(saveRoute, async (c) => {
      const saved = await saveRiskAssessment(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(saved));
      c.header('Cache-Control', 'private, no-store');
      return c.json(saved, 200);
    });
}
