/**
 * Adoption pages: adopt, change or withdraw a pledge, end a twinning, and
 * "My cases". Handlers call the same use cases as the JSON API, so roles,
 * visibility and validation cannot differ; a failed post is shown again with
 * what was typed and the messages next to the fields.
 */
import { Hono, type Context } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { getCase } from '#shared/cases/read-cases.ts';
import { ConflictError, ConsentRequiredError, PreconditionFailedError, ValidationError, type FieldError } from '#shared/errors/index.ts';
import { CONFLICTS } from '#shared/pledges/pledge-store.ts';
import { createPledge, endTwinning, listMyPledges, updatePledge, withdrawPledge } from '#shared/pledges/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { actionPages } from './action-pages.routes.tsx';
import { signInFirst } from '../ui/sign-in-first.ts';
import { MyCasesPage } from './my-cases-page.tsx';
import { PledgeFormPage, type PledgeFormValues } from './pledge-form-page.tsx';
import { one, pledgeFormValues, pledgeInputFrom } from './pledge-form-input.ts';
import { errorNotice } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

interface FailedForm {
  values: PledgeFormValues;
  version: number | undefined;
  errors?: FieldError[];
  notice?: string;
  consentRefused?: boolean;
}

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

  /**
   * A failed post shown again: the case is read once more (a POST is outside the GET budget) so the
   * heading keeps the defender's name and the consent notice is there; a case the member may not
   * see answers 404 as everywhere.
   */
  const failedForm = async (c: Context<AppEnv>, status: 400 | 409 | 412, form: FailedForm) => {
    const viewer = c.get('viewer');
    const id = c.req.param('id') ?? '';
    const found = await getCase(deps, viewer, id);
    // A consent refusal's notice already says what the consent notice would.
    const shown = form.notice && form.consentRefused ? { id, defenderName: found.defenderName } : found;
    return c.html(<PledgeFormPage viewer={viewer} case={shown} version={form.version} values={form.values} twinTaken={false} errors={form.errors} notice={form.notice} />, status);
  };

  app.post('/cases/:id/pledge', async (c) => {
    const viewer = c.get('viewer');
    const body = await c.req.parseBody({ all: true });
    const values = pledgeFormValues(body);
    const version = one(body.version);
    const id = c.req.param('id');
    const editing = version !== undefined;
    const form = { values, version: editing ? Number(version) || 0 : undefined };
    try {
      const input = pledgeInputFrom(values, editing);
      if (editing) await updatePledge(deps, viewer, id, viewer.kind === 'member' ? viewer.id : '', `"${version}"`, input);
      else await createPledge(deps, viewer, id, input);
      return c.redirect(`/cases/${id}#adoption`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return failedForm(c, 400, { ...form, errors: error.errors });
      if (error instanceof ConsentRequiredError) return failedForm(c, 409, { ...form, notice: errorNotice(error), consentRefused: true });
      if (error instanceof ConflictError && error.message === CONFLICTS.twinTaken) {
        return failedForm(c, 409, { ...form, errors: [{ path: 'twin', message: error.message, key: 'pledges.errors.twinTaken' }] });
      }
      if (error instanceof ConflictError) return failedForm(c, 409, { ...form, notice: errorNotice(error) });
      if (error instanceof PreconditionFailedError) return failedForm(c, 412, { ...form, notice: useTranslator().t('pledges.errors.stalePledge') });
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
      return failedForm(c, 412, { values: {}, version: Number(one(body.version)) || 0, notice: useTranslator().t('pledges.errors.stalePledge') });
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
