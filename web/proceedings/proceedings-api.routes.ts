/**
 * JSON API for proceedings at international bodies, declared once: the `createRoute` configs below
 * validate the request, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts). Rules (visibility, role, versions, idempotency) live in the use cases;
 * this file only translates HTTP. The UN draft's DOCX download is declared the same way, with its
 * binary answer typed by its media type.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { etagOf } from '#shared/writes/versions.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import { proceedingsOfCase } from '#shared/proceedings/read-proceedings.ts';
import { createProceeding, updateProceeding } from '#shared/proceedings/save-proceeding.ts';
import {
  EXECUTION_STATUSES, INTERNATIONAL_BODIES, PROCEEDING_OUTCOMES, createProceedingSchema, updateProceedingSchema,
} from '#shared/proceedings/proceeding.ts';
import { proceedingView, type ProceedingView } from '#shared/proceedings/proceeding-view.ts';
import { draftUnSrCommunication, UN_SR_MEDIA_TYPE, unSrLanguageSchema } from '#shared/proceedings/un-sr-communication.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';
import type { WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { errors, listOf, problem, sessionOptional } from '../ui/openapi-parts.ts';
import { apiApp, binaryFile, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';

/** What the routes send for a proceeding (`proceedingView`): the stored fields and the dates worked out from them. */
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

const tags = ['Proceedings'];
const caseParams = z.object({ id: pathId('The case') });

const listRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/proceedings', operationId: 'listProceedings', tags, security: sessionOptional,
  summary: "The case's proceedings at international bodies (whoever may see the case)",
  request: { params: caseParams },
  responses: { 200: jsonAnswer('The proceedings', 'Proceedings', z.object({ items: z.array(proceedingSchema) }), listOf('Proceeding', false)), ...errors },
});

// The body is checked here against the rules that need no date; the use case checks it again
// against today (no stage in the future) after its access checks.
const recordRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/proceedings', operationId: 'recordProceeding', tags, security: session,
  summary: 'Record a proceeding (coordinators); optional Idempotency-Key',
  middleware: [jsonBody],
  request: {
    params: caseParams,
    headers: z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() }),
    body: jsonRequest('CreateProceeding', createProceedingSchema),
  },
  responses: { 201: jsonAnswer('Created', 'Proceeding', proceedingSchema), 409: problem, 422: problem, ...errors },
});

const updateRoute = createRoute({
  method: 'patch', path: '/api/cases/{id}/proceedings/{proceedingId}', operationId: 'updateProceeding', tags, security: session,
  summary: 'Change a proceeding (coordinators); the fields sent replace, null clears; If-Match required',
  middleware: [jsonBody],
  request: {
    params: caseParams.extend({ proceedingId: pathId('The proceeding') }),
    headers: z.object({ 'If-Match': ifMatchHeader }),
    body: jsonRequest('UpdateProceeding', updateProceedingSchema),
  },
  responses: { 200: jsonAnswer('Updated', 'Proceeding', proceedingSchema), 409: problem, 412: problem, 428: problem, ...errors },
});

// A binary answer: the file, typed by its media type.
const unSrRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/communications/un-sr.docx', operationId: 'downloadUnSrCommunication', tags, security: session,
  summary: 'A draft communication to the UN Special Rapporteur on human rights defenders (coordinators), as DOCX in the chosen language: the alleged victim, the alleged perpetrators, the facts and timeline, the proceedings, the consent recorded, the submitter; never a sensitive field. Only where the case is public on the defender\'s explicit consent and not paused (409 says why otherwise). Each download audited',
  request: {
    params: caseParams,
    // The page's form sends an empty value for "the page's language".
    query: z.object({ language: unSrLanguageSchema.or(z.literal('')).optional().describe('The document\'s language; the caller\'s page language when left out or empty') }),
  },
  responses: {
    200: { description: 'The DOCX', content: { [UN_SR_MEDIA_TYPE]: { schema: binaryFile } } },
    409: problem, ...errors,
  },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const proceedingsRoutes = [listRoute, recordRoute, updateRoute, unSrRoute];
/** The proceedings' part of `/api/openapi.json`. */
export const proceedingsOpenApi = () => openApiPart(proceedingsRoutes);

export function proceedingsApi(deps: WebDeps) {
  const today = () => deps.clock.now().toISOString().slice(0, 10);
  return apiApp()
    .openapi(listRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await proceedingsOfCase(deps, c.get('viewer'), c.req.valid('param').id) }, 200);
    })

    .openapi(recordRoute, async (c) => {
      const result = await createProceeding(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<ProceedingView>(c, result);
      const p = result.proceeding;
      c.header('Location', `/api/cases/${p.caseId}/proceedings/${p.id}`);
      c.header('ETag', etagOf(p));
      return c.json(proceedingView(p, today()), 201);
    })

    .openapi(updateRoute, async (c) => {
      const { id, proceedingId } = c.req.valid('param');
      const updated = await updateProceeding(deps, c.get('viewer'), id, proceedingId, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(updated));
      return c.json(proceedingView(updated, today()), 200);
    })

    // `?language=` chooses the document's language; `?lang=` would switch the coordinator's pages too.
    .openapi(unSrRoute, async (c) => {
      const draft = await draftUnSrCommunication(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('query').language, c.get('i18n').language);
      c.header('Content-Disposition', contentDisposition(draft.filename));
      c.header('Content-Language', draft.language);
      c.header('Cache-Control', 'private, no-store');
      return c.body(new Uint8Array(draft.bytes), 200, { 'Content-Type': UN_SR_MEDIA_TYPE });
    });
}
