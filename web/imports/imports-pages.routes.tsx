/**
 * The import page (coordinators). Check: a dry run of the uploaded file, shown with its
 * errors by row and a preview. Confirm: the same file chosen again, accepted only when its
 * SHA-256 matches the file checked, then kept in the files bucket and imported by a job, whose
 * page shows its progress. Nothing is kept between the check and the confirm: a file of
 * unchecked rows is never stored, and the confirm cannot import a file other than the one
 * previewed. The confirm form's token makes the same confirm sent twice one job.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Hono, type Context } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { ValidationError } from '#shared/errors/index.ts';
import { importCases } from '#shared/imports/import-cases.ts';
import { importMembers } from '#shared/imports/import-members.ts';
import { readSheet } from '#shared/imports/sheet.ts';
import { getImportJobFor, recentImportJobs } from '#shared/imports/read-import-jobs.ts';
import { sha256Hex, startImportJob } from '#shared/imports/start-import-job.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { importJobDeps } from './import-deps.ts';
import { ImportJobPage } from './import-job-page.tsx';
import { ImportPage, type ImportTarget } from './import-page.tsx';
import { wordedErrors } from './job-view.ts';
import { fileUpload, importBodyLimit } from './upload.ts';

/** Rows shown in the preview. */
const PREVIEW_ROWS = 5;

const confirmToken = z.uuid();

const targetOf = (value: unknown): ImportTarget => (value === 'members' ? 'members' : 'cases');

export function importPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  const use = (what: ImportTarget) => (what === 'members' ? importMembers : importCases);

  /** Runs a step; a file that cannot be read comes back as the form with the error beside the file field. */
  const step = (run: (c: Context<AppEnv>, form: Record<string, unknown>, what: ImportTarget) => Promise<Response>) =>
    async (c: Context<AppEnv>) => {
      requireRole(c.get('viewer'), 'coordinator');
      const form = await c.req.parseBody();
      const what = targetOf(form.what);
      try {
        return await run(c, form, what);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return c.html(<ImportPage viewer={c.get('viewer')} what={what} errors={error.errors.map((e) => ({ ...e, path: 'file' }))} />, 400);
      }
    };

  app.get('/imports', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const jobs = await recentImportJobs(deps, c.get('viewer'));
    return c.html(<ImportPage viewer={c.get('viewer')} what={targetOf(c.req.query('what'))} jobs={jobs} />);
  });

  app.get('/imports/:jobId', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const job = await getImportJobFor(deps, c.get('viewer'), c.req.param('jobId'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<ImportJobPage viewer={c.get('viewer')} job={job} errors={wordedErrors(c.get('i18n'), job.errors)} still={c.req.query('refresh') === 'off'} />);
  });

  app.post('/imports/check', importBodyLimit(), step(async (c, form, what) => {
    const upload = await fileUpload(form.file);
    const result = await use(what)(deps, c.get('viewer'), upload, { dryRun: true });
    if (!result.dryRun) throw new Error('A dry run stored rows.');
    const sheet = await readSheet(upload.bytes, upload.kind);
    const check = {
      fileName: (form.file as File).name.slice(0, 120),
      digest: sha256Hex(upload.bytes),
      rows: result.rows, valid: result.valid, toCreate: result.toCreate, toUpdate: result.toUpdate,
      errors: wordedErrors(c.get('i18n'), result.errors),
      preview: { header: sheet.header, rows: sheet.rows.slice(0, PREVIEW_ROWS) },
    };
    return c.html(<ImportPage viewer={c.get('viewer')} what={what} check={check} token={randomUUID()} />);
  }));

  app.post('/imports/run', importBodyLimit(), step(async (c, form, what) => {
    const upload = await fileUpload(form.file);
    if (typeof form.digest !== 'string' || form.digest !== sha256Hex(upload.bytes)) {
      throw new ValidationError([{ path: 'file', message: 'Not the file you checked.', code: 'custom', key: 'imports.file.notTheCheckedFile' }]);
    }
    const token = confirmToken.safeParse(form.token);
    const { jobId } = await startImportJob(importJobDeps(deps), c.get('viewer'), {
      what, file: upload, fileName: upload.fileName ?? `${what}.${upload.kind}`, ...(token.success ? { idempotencyKey: `confirm-${token.data}` } : {}),
    });
    return c.redirect(`/imports/${jobId}`, 303);
  }));

  return app;
}
