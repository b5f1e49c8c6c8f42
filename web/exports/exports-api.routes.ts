/**
 * The XLSX export's JSON API, declared once (web/ui/openapi-route.ts). `POST /api/exports/cases.xlsx`
 * answers 202 with the job and its Location: the workbook (each case's timeline and actions, one
 * Query per case) is built by the job worker, never within a request. The job and its file are
 * read back within 3 DynamoDB calls (the session, the job), by the coordinator who asked only.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '#shared/case-safety/export-job.ts';
import { EXPORT_FILE_NAME, getExportJobFor, openExportFile } from '#shared/case-safety/read-export-job.ts';
import { startExportJob } from '#shared/case-safety/start-export-job.ts';
import { caseListQuerySchema } from '#shared/domain/case.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';
import type { WebDeps } from '../env.ts';
import { errors, problem } from '../ui/openapi-parts.ts';
import { apiApp, binaryFile, jsonAnswer, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { exportFiles, exportJobDeps } from './export-deps.ts';
import { exportJobPath, exportJobView, exportView } from './export-job-view.ts';

const tags = ['Exports'];
const params = z.object({ jobId: pathId() });
/** The case list's filters; no paging (the workbook holds every matching case); `lang` names the labels' language. */
const exportQuery = caseListQuerySchema.omit({ limit: true, cursor: true }).extend({
  lang: z.string().max(16).optional().describe('The language of the labels beside the codes (en, fr, es, ru)'),
});

const startRoute = createRoute({
  method: 'post', path: '/api/exports/cases.xlsx', operationId: 'exportCasesXlsx', tags, security: session,
  summary: 'Start the XLSX export of the case list (coordinators; audited; no sensitive fields): a job that builds sheets Cases, Timeline and Actions (a confidential action without its text) for every case the filters match; 202 with the job and its Location',
  request: { query: exportQuery },
  responses: { 202: jsonAnswer('The job, queued, with Location', 'ExportJob', exportJobView), ...errors },
});

const readRoute = createRoute({
  method: 'get', path: '/api/exports/{jobId}', operationId: 'readExportJob', tags, security: session,
  summary: 'An export job (only the coordinator who started it; 404 for anyone else): queued, then finished with its case count and the file’s address, or failed; kept two days',
  request: { params },
  responses: { 200: jsonAnswer('The job', 'ExportJob', exportJobView), ...errors },
});

const fileRoute = createRoute({
  method: 'get', path: '/api/exports/{jobId}/file', operationId: 'downloadExportFile', tags, security: session,
  summary: 'The finished workbook (only the coordinator who started the job): the file, or on AWS a redirect to a link that works for a minute; 409 while it is being built',
  request: { params },
  responses: {
    200: { description: 'The workbook', content: { [XLSX_CONTENT_TYPE]: { schema: binaryFile } } },
    302: { description: 'A short-lived link to the workbook in the file store' },
    409: problem, ...errors,
  },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const exportsRoutes = [startRoute, readRoute, fileRoute];
/** The exports' part of `/api/openapi.json`. */
export const exportsOpenApi = () => openApiPart(exportsRoutes);

export function exportsApi(deps: WebDeps) {
  return apiApp()
    .openapi(startRoute, async (c) => {
      c.req.valid('query');
      const job = await startExportJob(exportJobDeps(deps), c.get('viewer'), c.req.query(), c.get('i18n').locale);
      c.header('Location', exportJobPath(job.id));
      c.header('Cache-Control', 'private, no-store');
      return c.json(exportView(job), 202);
    })
    .openapi(readRoute, async (c) => {
      const job = await getExportJobFor(deps, c.get('viewer'), c.req.valid('param').jobId);
      c.header('Cache-Control', 'private, no-store');
      return c.json(exportView(job), 200);
    })
    .openapi(fileRoute, async (c) => {
      const opened = await openExportFile(exportFiles(deps), c.get('viewer'), c.req.valid('param').jobId);
      // Never kept by a shared cache: the workbook is for this coordinator only.
      c.header('Cache-Control', 'private, no-store');
      if ('url' in opened) return c.redirect(opened.url, 302);
      return c.body(opened.blob.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': XLSX_CONTENT_TYPE,
        'Content-Disposition': contentDisposition(EXPORT_FILE_NAME),
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(opened.blob.body.byteLength),
      });
    });
}
