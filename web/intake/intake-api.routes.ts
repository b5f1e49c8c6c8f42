/**
 * JSON API of intake, declared once: anyone reports (JSON or a form body); coordinators list, read
 * and triage. The `createRoute` configs below validate the request, type the handlers and write the
 * operations of `/api/openapi.json` (web/ui/openapi-route.ts). Rules (roles, steps, versions, the
 * rate limit) live in shared/intake; this file only translates HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { createCaseSchema } from '#shared/domain/case.ts';
import {
  convertReport, downloadReportAttachment, listReports, readReport, reportListQuerySchema, reportSchema, submitReport, triageReport, triageSchema,
} from '#shared/intake/index.ts';
import { etagOf } from '#shared/writes/versions.ts';
import { caseAnswerSchema } from '../cases/parts.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { formObject } from '../ui/form-fields.tsx';
import { anyone, errors, listOf, problem, ref } from '../ui/openapi-parts.ts';
import { apiApp, binaryFile, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { reportAnswerSchema, reportReceivedSchema, reportWithContactSchema } from './report-schemas.ts';

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;
const isForm = (c: Context<AppEnv>) => FORM.test(c.req.header('content-type') ?? '');

/**
 * A report may come as JSON or as a plain form post (a partner's own form, a script without JSON):
 * a form goes through; anything else must be JSON (415 and malformed JSON in the project's words).
 */
const jsonOrForm: MiddlewareHandler<AppEnv> = async (c, next) => (isForm(c) ? next() : jsonBody(c, next));

/** `attachment` with an ASCII fallback name and the UTF-8 one (RFC 6266, RFC 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

const tags = ['Intake'];
const params = z.object({ id: pathId() });
const ifMatch = z.object({ 'If-Match': ifMatchHeader });
const binary = { schema: binaryFile };

const reportBody = jsonRequest('NewReport', reportSchema);
const reportRoute = createRoute({
  method: 'post', path: '/api/reports', operationId: 'reportThreat', tags, security: anyone,
  summary: 'Report a threat (anyone; JSON or a form body); 10 an hour per client; `website` is a honeypot and must stay empty',
  middleware: [jsonOrForm],
  request: { body: { ...reportBody, content: { ...reportBody.content, 'application/x-www-form-urlencoded': { schema: ref('NewReport') } } } },
  responses: { 202: jsonAnswer('Received', 'ReportReceived', reportReceivedSchema), 429: problem, ...errors },
});

/**
 * The report route as mounted: a form is read as the pages read theirs (blank fields left out) and
 * checked by the same schema as JSON. The body is optional here only because the library checks a
 * required body against every media type at once; `jsonOrForm` has already refused any other.
 */
const reportForm = z.preprocess((form) => formObject(form as Parameters<typeof formObject>[0]), reportSchema);
const reportMounted = createRoute({
  ...reportRoute,
  request: { body: { required: false, content: { ...reportBody.content, 'application/x-www-form-urlencoded': { schema: reportForm } } } },
});

const listRoute = createRoute({
  method: 'get', path: '/api/reports', operationId: 'listReports', tags, security: session,
  summary: 'Reports, newest first, optionally of one status (coordinators; audited)',
  request: { query: reportListQuerySchema },
  responses: { 200: jsonAnswer('The reports', 'Reports', z.object({ items: z.array(reportAnswerSchema) }), listOf('Report', false)), ...errors },
});

const readRoute = createRoute({
  method: 'get', path: '/api/reports/{id}', operationId: 'readReport', tags, security: session,
  summary: 'One report and the reporter’s contact details (coordinators; audited), with ETag',
  request: { params },
  responses: { 200: jsonAnswer('The report', 'ReportWithContact', reportWithContactSchema), ...errors },
});

const triageRoute = createRoute({
  method: 'patch', path: '/api/reports/{id}', operationId: 'triageReport', tags, security: session,
  summary: 'A triage step: in_review, duplicate or declined, with a note (coordinators; If-Match). Declined reports are deleted after the retention period.',
  middleware: [jsonBody],
  request: { params, headers: ifMatch, body: jsonRequest('Triage', triageSchema) },
  responses: { 200: jsonAnswer('The report, with its new ETag', 'Report', reportAnswerSchema), 409: problem, 412: problem, 428: problem, ...errors },
});

const fileRoute = createRoute({
  method: 'get', path: '/api/reports/{id}/attachments/{attachmentId}', operationId: 'downloadReportFile', tags, security: session,
  summary: 'A file an emailed report brought (coordinators; audited): Content-Disposition attachment and the type checked on arrival; on AWS a 303 to a short-lived presigned link',
  request: { params: params.extend({ attachmentId: pathId() }) },
  responses: {
    200: { description: 'The file', content: { 'application/pdf': binary, 'image/jpeg': binary, 'image/png': binary } },
    303: { description: 'A presigned download link (AWS)' }, ...errors,
  },
});

const convertedSchema = z.object({ case: caseAnswerSchema, report: reportAnswerSchema });
const convertRoute = createRoute({
  method: 'post', path: '/api/reports/{id}/case', operationId: 'convertReport', tags, security: session,
  summary: 'Convert the report into a case (coordinators; If-Match of the report): the body is a CreateCase; the ledger entry carries the reporter’s consent and the report’s reference',
  middleware: [jsonBody],
  request: { params, headers: ifMatch, body: jsonRequest('CreateCase', createCaseSchema) },
  responses: {
    201: jsonAnswer('The case and the report, with Location of the case', 'ConvertedReport', convertedSchema,
      { type: 'object', required: ['case', 'report'], additionalProperties: false, properties: { case: ref('Case'), report: ref('Report') } }),
    409: problem, 412: problem, 422: problem, 428: problem, ...errors,
  },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const intakeRoutes = [reportRoute, listRoute, readRoute, triageRoute, fileRoute, convertRoute];
/** Intake's part of `/api/openapi.json`. */
export const intakeOpenApi = () => openApiPart(intakeRoutes);

export function intakeApi(deps: WebDeps) {
  return apiApp()
    .openapi(reportMounted, async (c) => {
      const { language, t } = c.get('i18n');
      const { reference } = await submitReport(deps, isForm(c) ? c.req.valid('form') : c.req.valid('json'), clientAddress(c), language);
      return c.json({ reference, message: t('intake.report.accepted', { reference }) }, 202);
    })

    .openapi(listRoute, async (c) => c.json(await listReports(deps, c.get('viewer'), c.req.valid('query')), 200))

    .openapi(readRoute, async (c) => {
      const found = await readReport(deps, c.get('viewer'), c.req.valid('param').id);
      c.header('ETag', etagOf(found.report));
      return c.json(found, 200);
    })

    .openapi(triageRoute, async (c) => {
      const report = await triageReport(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'), deps.declinedReportRetentionDays);
      c.header('ETag', etagOf(report));
      return c.json(report, 200);
    })

    .openapi(fileRoute, async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const found = await downloadReportAttachment(deps, deps.files, c.get('viewer'), id, attachmentId);
      // On S3, a short-lived presigned link that carries the name and type; locally the app sends the file itself.
      if ('url' in found) return c.redirect(found.url, 303);
      return c.body(found.blob.body as Uint8Array<ArrayBuffer>, 200, {
        // The type the content was checked to be when it arrived, never what a later request suggests.
        'Content-Type': found.attachment.contentType,
        'Content-Disposition': attachmentDisposition(found.attachment.filename),
        'Content-Length': String(found.blob.body.byteLength),
        // Opened by mistake in the browser, a file still runs nothing and reaches nothing.
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
      });
    })

    .openapi(convertRoute, async (c) => {
      const converted = await convertReport(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('Location', `/api/cases/${converted.case.id}`);
      return c.json(converted, 201);
    });
}
