/**
 * The coordinators' pages on the coverage figures: the dashboard, its CSV,
 * and the printable annual report. Each reads the aggregates only (the
 * session, the countries' row, the period's months: 3 calls).
 *
 * `/reports/annual` is registered before the intake slice's `/reports/:id`
 * (app.tsx mounts this feature first), so "annual" is never read as a report
 * id; test/integration/coverage-pages.test.ts holds it to that.
 */
import { Hono, type Context } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { figuresCsv, getAnnualCoverage, getCoverage } from '#shared/coverage/index.ts';
import { ValidationError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { DashboardPage, type PeriodValues } from './dashboard-page.tsx';
import { AnnualReportPage } from './annual-report-page.tsx';

/** The period fields of the query, empty ones dropped (a form sends them empty); `lang` and the rest are not the figures'. */
function periodOf(c: Context<AppEnv>): PeriodValues {
  const values: PeriodValues = {};
  for (const field of ['from', 'to', 'country'] as const) {
    const value = c.req.query(field)?.trim();
    if (value) values[field] = value;
  }
  return values;
}

export function coveragePages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/dashboard', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const viewer = requireRole(c.get('viewer'), 'coordinator');
    const values = periodOf(c);
    c.header('Cache-Control', 'private, no-store');
    try {
      const figures = await getCoverage(deps, viewer, values);
      return c.html(<DashboardPage viewer={viewer} values={values} figures={figures} />);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return c.html(<DashboardPage viewer={viewer} values={values} errors={error.errors} />, 400);
    }
  });

  app.get('/dashboard/figures.csv', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const figures = await getCoverage(deps, c.get('viewer'), periodOf(c));
    c.header('Content-Disposition', `attachment; filename="tandem-coverage-${figures.from}-${figures.to}${figures.country ? `-${figures.country}` : ''}.csv"`);
    c.header('Cache-Control', 'private, no-store');
    return c.body(figuresCsv(figures), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });

  app.get('/reports/annual', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const viewer = requireRole(c.get('viewer'), 'coordinator');
    const asked = c.req.query('year')?.trim();
    c.header('Cache-Control', 'private, no-store');
    try {
      const { year, figures } = await getAnnualCoverage(deps, viewer, asked ? { year: asked } : {});
      return c.html(<AnnualReportPage viewer={viewer} year={year} figures={figures} />);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return c.html(<AnnualReportPage viewer={viewer} year={asked ?? ''} errors={error.errors} />, 400);
    }
  });

  return app;
}
