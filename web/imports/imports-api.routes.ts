/**
 * JSON API of spreadsheet imports (coordinators), declared once: the `createRoute` configs below
 * validate the query and headers, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts). The body is a CSV or XLSX file, or multipart with `file`, up to 4 MiB
 * and 10,000 rows, read by `readUpload` after the role check. A dry run answers at once; a real run
 * is a job: 202 with its Location, the rows imported by the worker, the job read back with GET.
 * Rules, limits and validation live in shared/imports.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '#shared/access/roles.ts';
import { importCases } from '#shared/imports/import-cases.ts';
import type { ImportTarget } from '#shared/imports/import-job.ts';
import { importMembers } from '#shared/imports/import-members.ts';
import { getImportJobFor } from '#shared/imports/read-import-jobs.ts';
import { startImportJob } from '#shared/imports/start-import-job.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import type { WebDeps } from '../env.ts';
import { errors, problem } from '../ui/openapi-parts.ts';
import { apiApp, binaryFile, jsonAnswer, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { importJobDeps } from './import-deps.ts';
import { importJobView, jobView, rowErrorView, wordedErrors } from './job-view.ts';
import { XLSX_TYPE, importBodyLimit, readUpload } from './upload.ts';

const importCheckSchema = z.object({ rows: z.number().int(), valid: z.number().int(), toCreate: z.number().int(), toUpdate: z.number().int(), errors: z.array(rowErrorView) })
  .meta({ title: 'Dry run: nothing stored' });
const importJobSchema = importJobView.meta({ title: 'An import job: its progress, then what it stored' });

const spreadsheet = {
  required: true,
  content: {
    'text/csv': { schema: { type: 'string' as const } },
    [XLSX_TYPE]: { schema: binaryFile },
    'multipart/form-data': { schema: { type: 'object' as const, properties: { file: binaryFile }, required: ['file'] } },
  },
};

const importRequest = {
  query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }).strict(),
  headers: z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() }),
  body: spreadsheet,
};
const importResponses = {
  200: jsonAnswer('Dry run: what the file holds and what would be stored', 'ImportCheck', importCheckSchema),
  202: jsonAnswer('The import job, queued, with its Location; the same Idempotency-Key gives the same job', 'ImportJob', importJobSchema),
  422: problem, ...errors,
};
const tags = ['Imports'];

/** The two imports take the same request and give the same answers; only what they import differs. */
const importRoute = (what: ImportTarget, operationId: string, summary: string) => createRoute({
  method: 'post', path: `/api/imports/${what}`, operationId, tags, security: session, summary,
  middleware: [importBodyLimit()], request: importRequest, responses: importResponses,
});
const casesRoute = importRoute('cases', 'importCases',
  'Import cases from a spreadsheet (columns: the create-case fields, themes separated by ;, externalId for re-imports). dryRun=true stores nothing');
const membersRoute = importRoute('members', 'importMembers',
  'Invite members from a spreadsheet (columns: email, name, role, parliament, party, mission, country, language); same answers as the cases import');

const jobRoute = createRoute({
  method: 'get', path: '/api/imports/{jobId}', operationId: 'getImportJob', tags, security: session,
  summary: 'An import job (any coordinator\'s): rows done out of rows total while it runs, then what it created, updated and skipped, and the problems by row',
  request: { params: z.object({ jobId: pathId() }) },
  responses: { 200: jsonAnswer('The job', 'ImportJob', importJobSchema), ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const importRoutes = [casesRoute, membersRoute, jobRoute];
/** The imports' part of `/api/openapi.json`. */
export const importsOpenApi = () => openApiPart(importRoutes);

export function importsApi(deps: WebDeps) {
  const run = (what: ImportTarget, route: typeof casesRoute) => apiApp().openapi(route, async (c) => {
    // The role before the file: a caller who may not import learns nothing about it.
    const viewer = c.get('viewer');
    requireRole(viewer, 'coordinator');
    const upload = await readUpload(c);
    if (c.req.valid('query').dryRun === 'true') {
      const result = await (what === 'cases' ? importCases : importMembers)(deps, viewer, upload, { dryRun: true });
      if (!result.dryRun) throw new Error('A dry run stored rows.');
      return c.json({ rows: result.rows, valid: result.valid, toCreate: result.toCreate, toUpdate: result.toUpdate, errors: wordedErrors(c.get('i18n'), result.errors) }, 200);
    }
    const key = c.req.valid('header')['Idempotency-Key'];
    const { jobId } = await startImportJob(importJobDeps(deps), viewer, {
      what, file: upload, fileName: upload.fileName ?? `${what}.${upload.kind}`, ...(key !== undefined ? { idempotencyKey: key } : {}),
    });
    const job = await getImportJobFor(deps, viewer, jobId);
    c.header('Location', `/api/imports/${jobId}`);
    return c.json(jobView(c.get('i18n'), job), 202);
  });
  return apiApp()
    .route('/', run('cases', casesRoute))
    .route('/', run('members', membersRoute))
    .openapi(jobRoute, async (c) => {
      const job = await getImportJobFor(deps, c.get('viewer'), c.req.valid('param').jobId);
      c.header('Cache-Control', 'private, no-store');
      return c.json(jobView(c.get('i18n'), job), 200);
    });
}
