/** JSON API of intake: anyone reports (JSON or a form body); coordinators list, read and triage. */
import { Hono, type Context } from 'hono';
import { convertReport, listReports, readReport, submitReport, triageReport } from '#shared/intake/index.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { readJson } from '../middleware/json-body.ts';
import { formObject } from '../ui/form-fields.tsx';

/** A report may come as JSON or as a plain form post (a partner's own form, a script without JSON). */
async function reportBody(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return formObject(await c.req.parseBody());
  return readJson(c);
}

export function intakeApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .post('/reports', async (c) => {
      const { language, t } = c.get('i18n');
      const { reference } = await submitReport(deps, await reportBody(c), clientAddress(c), language);
      return c.json({ reference, message: t('intake.report.accepted', { reference }) }, 202);
    })

    .get('/reports', async (c) => c.json(await listReports(deps, c.get('viewer'), c.req.query())))

    .get('/reports/:id', async (c) => {
      const found = await readReport(deps, c.get('viewer'), c.req.param('id'));
      c.header('ETag', etagOf(found.report));
      return c.json(found);
    })

    .patch('/reports/:id', async (c) => {
      const body = await readJson(c);
      const report = await triageReport(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body, deps.declinedReportRetentionDays);
      c.header('ETag', etagOf(report));
      return c.json(report);
    })

    .post('/reports/:id/case', async (c) => {
      const body = await readJson(c);
      const converted = await convertReport(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('Location', `/api/cases/${converted.case.id}`);
      return c.json(converted, 201);
    });
}
