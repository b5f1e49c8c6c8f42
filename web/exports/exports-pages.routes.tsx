/**
 * The XLSX export from the case list: its button posts the list's filters here, which starts
 * the job (audited) and lands on the job's page, where the workbook downloads once built.
 */
import { Hono } from 'hono';
import { getExportJobFor } from '#shared/case-safety/read-export-job.ts';
import { startExportJob } from '#shared/case-safety/start-export-job.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { exportJobDeps } from './export-deps.ts';
import { ExportJobPage } from './export-job-page.tsx';

export function exportPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.post('/exports/cases.xlsx', async (c) => {
    const form = await c.req.parseBody();
    // Only text fields are filters; anything else (a file) is not one and is refused by the filters' schema.
    const filters = Object.fromEntries(Object.entries(form).map(([name, value]) => [name, typeof value === 'string' ? value : '']));
    const job = await startExportJob(exportJobDeps(deps), c.get('viewer'), filters, c.get('i18n').locale);
    return c.redirect(`/exports/${job.id}`, 303);
  });

  app.get('/exports/:jobId', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const job = await getExportJobFor(deps, c.get('viewer'), c.req.param('jobId'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<ExportJobPage viewer={c.get('viewer')} job={job} still={c.req.query('refresh') === 'off'} />);
  });

  return app;
}
