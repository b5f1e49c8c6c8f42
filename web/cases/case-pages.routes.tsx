/**
 * Server-rendered pages. Each handler calls the same use cases as the JSON
 * API, so rules (roles, visibility, validation) cannot differ between them.
 */
import { Hono, type Context } from 'hono';
import { requestSignIn, verifySignIn, signOut } from '#shared/auth/sign-in.ts';
import { createCase } from '#shared/cases/create-case.ts';
import { getCase, getCaseBundle, listCases } from '#shared/cases/read-cases.ts';
import { updateCase } from '#shared/cases/update-case.ts';
import { requireRole } from '#shared/access/roles.ts';
import { ValidationError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { Role } from '#shared/domain/member.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clearSessionCookie, setSessionCookie } from '../middleware/session.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { SIGN_IN_ACCEPTED } from '../auth/index.ts';
import { CaseFormPage } from './case-form-page.tsx';
import { caseFormValues, caseInputFrom } from './case-form-input.ts';
import { CaseListPage, stripEmpty } from './case-list-page.tsx';
import { CheckEmailPage, SignInLinkPage, SignInPage } from '../auth/index.ts';
import { LandingPage } from './landing-page.tsx';
import { caseSafetyPages } from '../case-safety/index.ts';
import { networkPages } from '../members/index.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { digestPages } from '../digests/index.ts';

/** Where each role lands after signing in. */
export const HOME: Record<Role, string> = { coordinator: '/cases', mp: '/cases', diplomat: '/requests' };


export function pages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const viewer = c.get('viewer');
    if (viewer.kind === 'member') return c.redirect(HOME[viewer.role], 303);
    const list = await listCases(deps, viewer, { limit: '12' });
    return c.html(<LandingPage viewer={viewer} cases={list.items} />);
  });

  app.get('/sign-in', (c) => c.html(<SignInPage viewer={c.get('viewer')} />));

  app.post('/sign-in', async (c) => {
    const body = await c.req.parseBody();
    const email = typeof body.email === 'string' ? body.email : '';
    try {
      await requestSignIn(deps, { email }, clientAddress(c));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return c.html(<SignInPage viewer={c.get('viewer')} email={email} error={error.errors[0]?.message} />, 400);
    }
    return c.html(<CheckEmailPage viewer={c.get('viewer')} message={SIGN_IN_ACCEPTED} />, 202);
  });

  // The emailed link: a page with a button, so that a GET (a mail scanner, a link preview) uses nothing up.
  app.get('/auth/verify', (c) => {
    // Not cached anywhere. Its Referrer-Policy stays the app's `same-origin`: the token goes in a Referer
    // to this site only, and `no-referrer` would make browsers send `Origin: null` with the button's POST,
    // which the CSRF check rightly refuses.
    c.header('Cache-Control', 'private, no-store');
    return c.html(<SignInLinkPage viewer={c.get('viewer')} token={c.req.query('token') ?? ''} />);
  });

  // The button: a same-origin form post (the CSRF middleware refuses any other), which uses the token up.
  app.post('/auth/verify', async (c) => {
    const body = await c.req.parseBody();
    const { sessionId, member } = await verifySignIn(deps, typeof body.token === 'string' ? body.token : undefined);
    setSessionCookie(c, sessionId);
    return c.redirect(HOME[member.role], 303);
  });

  app.post('/sign-out', async (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) await signOut(deps, sessionId);
    clearSessionCookie(c);
    return c.redirect('/', 303);
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
    return c.html(<CaseFormPage viewer={c.get('viewer')} mode={{ kind: 'edit', id: found.id, version: found.version }} values={found} />);
  });

  app.post('/cases/:id/edit', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const values = caseFormValues(body);
    const version = typeof body.version === 'string' ? body.version : '';
    const id = c.req.param('id');
    const mode = { kind: 'edit' as const, id, version: Number(version) || 0 };
    try {
      const { visibility: _visibility, consentBasis: _basis, ...editable } = caseInputFrom(values);
      await updateCase(deps, c.get('viewer'), id, `"${version}"`, editable);
      return c.redirect(`/cases/${id}`, 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        return c.html(<CaseFormPage viewer={c.get('viewer')} mode={mode} values={values} errors={error.errors} />, 400);
      }
      if (error instanceof PreconditionFailedError) {
        const current = await getCase(deps, c.get('viewer'), id);
        const notice = 'Someone else saved this case while you were editing. The form now shows the saved version; reapply your changes.';
        return c.html(<CaseFormPage viewer={c.get('viewer')} mode={{ kind: 'edit', id, version: current.version }} values={current} notice={notice} />, 412);
      }
      throw error;
    }
  });

  app.route('/', caseSafetyPages(deps));
  app.route('/', networkPages(deps));
  app.route('/', digestPages(deps));
  return app;
}
