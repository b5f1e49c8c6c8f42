/**
 * JSON API of spreadsheet imports (coordinators). A dry run answers at once; a real run is a
 * job: 202 with its Location, the rows imported by the worker, the job read back with GET.
 * Rules, limits and validation live in shared/imports.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireRole } from '#shared/access/roles.ts';
import { parseOrThrow } from '#shared/errors/validation.ts';
import { importCases } from '#shared/imports/import-cases.ts';
import type { ImportTarget } from '#shared/imports/import-job.ts';
import { importMembers } from '#shared/imports/import-members.ts';
import { getImportJobFor } from '#shared/imports/read-import-jobs.ts';
import { startImportJob } from '#shared/imports/start-import-job.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { importJobDeps } from './import-deps.ts';
import { jobView, wordedErrors } from './job-view.ts';
import { importBodyLimit, readUpload } from './upload.ts';


const importQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') }).strict();

export function importsApi(deps: WebDeps) {
  const run = (what: ImportTarget) => async (c: Context<AppEnv>) => {
    // Role and query first: a caller who may not import learns nothing about the file.
    const viewer = c.get('viewer');
    requireRole(viewer, 'coordinator');
    const { dryRun } = parseOrThrow(importQuery, c.req.query());
    const upload = await readUpload(c);
    if (dryRun === 'true') {
      const result = await (what === 'cases' ? importCases : importMembers)(deps, viewer, upload, { dryRun: true });
      if (!result.dryRun) throw new Error('A dry run stored rows.');
      return c.json({ rows: result.rows, valid: result.valid, toCreate: result.toCreate, toUpdate: result.toUpdate, errors: wordedErrors(c.get('i18n'), result.errors) });
    }
    const key = c.req.header('idempotency-key');
    const { jobId } = await startImportJob(importJobDeps(deps), viewer, {
      what, file: upload, fileName: upload.fileName ?? `${what}.${upload.kind}`, ...(key !== undefined ? { idempotencyKey: key } : {}),
    });
    const job = await getImportJobFor(deps, viewer, jobId);
    c.header('Location', `/api/imports/${jobId}`);
    return c.json(jobView(c.get('i18n'), job), 202);
  };
  return new Hono<AppEnv>()
    .post('/imports/cases', importBodyLimit(), run('cases'))
    .post('/imports/members', importBodyLimit(), run('members'))
    .get('/imports/:jobId', async (c) => {
      const job = await getImportJobFor(deps, c.get('viewer'), c.req.param('jobId'));
      c.header('Cache-Control', 'private, no-store');
      return c.json(jobView(c.get('i18n'), job));
    });
}
