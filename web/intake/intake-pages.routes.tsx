/** Page routes of intake: the public report form, the triage page, one report and its triage form. */
import { Hono } from 'hono';
import { ValidationError } from '#shared/errors/index.ts';
import { caseDraftFrom, convertReport, readReport, submitReport, triageOverview, triageReport } from '#shared/intake/index.ts';
import { requireRole } from '#shared/access/roles.ts';
import { CaseFormPage, caseFormValues, caseInputFrom } from '../cases/parts.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { formObject } from '../ui/form-fields.tsx';
import { signInFirst } from '../ui/sign-in-first.ts';
import { ReportDonePage, ReportPage } from './report-page.tsx';
import { TriagePage } from './triage-page.tsx';
import { ReportDetailPage } from './report-detail-page.tsx';

export function intakePages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/report', (c) => c.html(<ReportPage viewer={c.get('viewer')} />));

  app.post('/report', async (c) => {
    const body = formObject(await c.req.parseBody());
    try {
      const { reference } = await submitReport(deps, body, clientAddress(c), c.get('i18n').language);
      return c.html(<ReportDonePage viewer={c.get('viewer')} reference={reference} />, 202);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The honeypot is never shown back: a person never filled it.
      const { website: _honeypot, ...values } = body;
      return c.html(<ReportPage viewer={c.get('viewer')} values={values} errors={error.errors} />, 400);
    }
  });

  app.get('/reports', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const viewer = c.get('viewer');
    const { stats, reports, status } = await triageOverview(deps, viewer, c.req.query());
    return c.html(<TriagePage viewer={viewer} stats={stats} reports={reports} status={status} />);
  });

  app.get('/reports/:id', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const { report, contact } = await readReport(deps, c.get('viewer'), c.req.param('id'));
    return c.html(<ReportDetailPage viewer={c.get('viewer')} report={report} contact={contact} />);
  });

  app.post('/reports/:id/triage', async (c) => {
    const viewer = c.get('viewer');
    const { version, ...body } = formObject(await c.req.parseBody());
    try {
      await triageReport(deps, viewer, c.req.param('id'), `"${typeof version === 'string' ? version : ''}"`, body, deps.declinedReportRetentionDays);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const { report, contact } = await readReport(deps, viewer, c.req.param('id'));
      return c.html(<ReportDetailPage viewer={viewer} report={report} contact={contact} values={body} errors={error.errors} />, 400);
    }
    return c.redirect(`/reports/${c.req.param('id')}`, 303);
  });

  app.get('/reports/:id/case', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    requireRole(c.get('viewer'), 'coordinator');
    const { report } = await readReport(deps, c.get('viewer'), c.req.param('id'));
    const mode = { kind: 'fromReport' as const, reportId: report.id, version: report.version, reference: report.reference };
    return c.html(<CaseFormPage viewer={c.get('viewer')} mode={mode} values={caseDraftFrom(report)} />);
  });

  app.post('/reports/:id/case', async (c) => {
    const viewer = c.get('viewer');
    const body = await c.req.parseBody({ all: true });
    const values = caseFormValues(body);
    const version = typeof body.version === 'string' ? body.version : '';
    try {
      const converted = await convertReport(deps, viewer, c.req.param('id'), `"${version}"`, caseInputFrom(values));
      return c.redirect(`/cases/${converted.case.id}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const { report } = await readReport(deps, viewer, c.req.param('id'));
      const mode = { kind: 'fromReport' as const, reportId: report.id, version: report.version, reference: report.reference };
      return c.html(<CaseFormPage viewer={viewer} mode={mode} values={values} errors={error.errors} />, 400);
    }
  });

  return app;
}
