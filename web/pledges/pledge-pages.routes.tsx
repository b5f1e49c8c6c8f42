/**
 * Adoption pages: adopt, change or withdraw a pledge, end a twinning, and
 * "My cases". Handlers call the same use cases as the JSON API, so roles,
 * visibility and validation cannot differ; a failed post is shown again with
 * what was typed and the messages next to the fields.
 */
import { Hono } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { ConflictError, ConsentRequiredError, PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import { CONFLICTS } from '#shared/pledges/pledge-store.ts';
import { createPledge, endTwinning, listMyPledges, updatePledge, withdrawPledge } from '#shared/pledges/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { actionPages } from './action-pages.routes.tsx';
import { signInFirst } from '../ui/sign-in-first.ts';
import { MyCasesPage } from './my-cases-page.tsx';
import { PledgeFormPage } from './pledge-form-page.tsx';
import { one, pledgeFormValues, pledgeInputFrom } from './pledge-form-input.ts';

const STALE = 'Your pledge changed since this form was opened (in another tab?). Open it again to see the saved version.';

/** The adoption pages, mounted at `/` next to the other pages. */
export function pledgePages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/my-cases', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const list = await listMyPledges(deps, c.get('viewer'), c.req.query());
    c.header('Cache-Control', 'private, no-store');
    return c.html(<MyCasesPage viewer={c.get('viewer')} list={list} />);
  });

  app.get('/cases/:id/pledge', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const me = requireRole(c.get('viewer'), 'mp');
    const bundle = await getCaseBundle(deps, me, c.req.param('id'));
    const mine = bundle.pledges.find((p) => p.memberId === me.id);
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <PledgeFormPage
        viewer={me} case={bundle.case} version={mine?.version} values={mine ?? { actions: [] }}
        twinTaken={Boolean(bundle.twin && bundle.twin.memberId !== me.id)}
      />,
    );
  });

  app.post('/cases/:id/pledge', async (c) => {
    const viewer = c.get('viewer');
    const body = await c.req.parseBody({ all: true });
    const values = pledgeFormValues(body);
    const version = one(body.version);
    const id = c.req.param('id');
    const editing = version !== undefined;
    const page = (status: 400 | 409 | 412, extra: { errors?: { path: string; message: string }[]; notice?: string }) =>
      c.html(<PledgeFormPage viewer={viewer} case={{ id }} version={editing ? Number(version) || 0 : undefined} values={values} twinTaken={false} {...extra} />, status);
    try {
      const input = pledgeInputFrom(values, editing);
      if (editing) await updatePledge(deps, viewer, id, viewer.kind === 'member' ? viewer.id : '', `"${version}"`, input);
      else await createPledge(deps, viewer, id, input);
      return c.redirect(`/cases/${id}#adoption`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return page(400, { errors: error.errors });
      if (error instanceof ConsentRequiredError) return page(409, { notice: error.message });
      if (error instanceof ConflictError && error.message === CONFLICTS.twinTaken) return page(409, { errors: [{ path: 'twin', message: error.message }] });
      if (error instanceof ConflictError) return page(409, { notice: error.message });
      if (error instanceof PreconditionFailedError) return page(412, { notice: STALE });
      throw error;
    }
  });

  app.post('/cases/:id/pledge/withdraw', async (c) => {
    const viewer = c.get('viewer');
    const body = await c.req.parseBody();
    const id = c.req.param('id');
    try {
      await withdrawPledge(deps, viewer, id, viewer.kind === 'member' ? viewer.id : '', `"${one(body.version) ?? ''}"`);
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      return c.html(<PledgeFormPage viewer={viewer} case={{ id }} version={Number(one(body.version)) || 0} values={{}} twinTaken={false} notice={STALE} />, 412);
    }
    return c.redirect(`/cases/${id}#adoption`, 303);
  });

  app.post('/cases/:id/twin/end', async (c) => {
    await endTwinning(deps, c.get('viewer'), c.req.param('id'));
    return c.redirect(`/cases/${c.req.param('id')}#adoption`, 303);
  });

  app.route('/', actionPages(deps));
  return app;
}
