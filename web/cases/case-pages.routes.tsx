/**
 * The start page and the case list, form and edit pages. Each handler calls the same use cases
 * as the JSON API, so rules (roles, visibility, validation) cannot differ between them.
 */
import { Hono } from 'hono';
import { createCase } from '#shared/cases/create-case.ts';
import { getCase, listCases } from '#shared/cases/read-cases.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { updateCase } from '#shared/cases/update-case.ts';
import { requireRole } from '#shared/access/roles.ts';
import { ValidationError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { CaseFormPage } from './case-form-page.tsx';
import { caseFormValues, caseInputFrom } from './case-form-input.ts';
import { CaseListPage, stripEmpty } from './case-list-page.tsx';
import { LandingPage } from './landing-page.tsx';
import { signInFirst } from '../ui/sign-in-first.ts';
import { HOME } from '../ui/home.ts';

export function casePages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const viewer = c.get('viewer');
    if (viewer.kind === 'member') return c.redirect(HOME[viewer.role], 303);
    const list = await listCases(deps, viewer, { limit: '12' });
    return c.html(<LandingPage viewer={viewer} cases={list.items} />);
  });

  app.get('/cases', async (c) => {
    const query = c.req.query();
    const filters = {
      country: query.country, status: query.status, theme: query.theme,
      state: query.state, visibility: query.visibility, q: query.q, noAdopter: query.noAdopter,
    };
    const list = await listCases(deps, c.get('viewer'), { ...stripEmpty(filters), ...(query.cursor ? { cursor: query.cursor } : {}) });
    return c.html(<CaseListPage viewer={c.get('viewer')} list={list} filters={filters} />);
  });

  app.get('/cases/new', (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    requireRole(c.get('viewer'), 'coordinator');
    return c.html(<CaseFormPage viewer={c.get('viewer')} mode={{ kind: 'new' }} values={{}} />);
  });

  app.post('/cases/new', async (c) => {
    const values = caseFormValues(await c.req.parseBody({ all: true }));
    try {
      const result = await createCase(deps, c.get('viewer'), caseInputFrom(values));
      const id = result.replayed ? (result.response.body as { id: string }).id : result.case.id;
      return c.redirect(`/cases/${id}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return c.html(<CaseFormPage viewer={c.get('viewer')} mode={{ kind: 'new' }} values={values} errors={error.errors} />, 400);
    }
  });

  app.get('/cases/:id/edit', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    requireRole(c.get('viewer'), 'coordinator');
    const found = await getCase(deps, c.get('viewer'), c.req.param('id'));
    return c.html(<CaseFormPage viewer={c.get('viewer')} mode={{ kind: 'edit', id: found.id, version: found.version, name: found.defenderName }} values={found} />);
  });

  app.post('/cases/:id/edit', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const values = caseFormValues(body);
    const version = typeof body.version === 'string' ? body.version : '';
    const id = c.req.param('id');
    try {
      const { visibility: _visibility, consentBasis: _basis, ...editable } = caseInputFrom(values);
      await updateCase(deps, c.get('viewer'), id, `"${version}"`, editable);
      return c.redirect(`/cases/${id}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof PreconditionFailedError)) throw error;
      // The heading names the case as stored, whatever was typed in the name field.
      const current = await getCase(deps, c.get('viewer'), id);
      if (error instanceof ValidationError) {
        const mode = { kind: 'edit' as const, id, version: Number(version) || 0, name: current.defenderName };
        return c.html(<CaseFormPage viewer={c.get('viewer')} mode={mode} values={values} errors={error.errors} />, 400);
      }
      const mode = { kind: 'edit' as const, id, version: current.version, name: current.defenderName };
      const notice = c.get('i18n').t('cases.form.stale');
      return c.html(<CaseFormPage viewer={c.get('viewer')} mode={mode} values={current} notice={notice} />, 412);
    }
  });

  return app;
}
