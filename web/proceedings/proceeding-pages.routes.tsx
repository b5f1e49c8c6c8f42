/**
 * The coordinators' pages to record and edit a proceeding. They call the same use cases as the
 * JSON API; a validation error shows the form again (400) with every value typed and the messages
 * beside the fields; an edit that lost to another (412) shows the proceeding as it is now.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { requireCoordinatorFor, requireRole } from '#shared/access/roles.ts';
import { getCase } from '#shared/cases/read-cases.ts';
import { PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import { loadProceedingContext } from '#shared/proceedings/load-context.ts';
import { createProceeding, updateProceeding } from '#shared/proceedings/save-proceeding.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { formText } from '../ui/form-fields.tsx';
import { ProceedingFormPage } from './proceeding-form-page.tsx';
import { UnSrPage } from './un-sr-page.tsx';
import { readVisibleBundle } from '#shared/cases/index.ts';
import { unSubmissionRefusal } from '#shared/proceedings/un-sr-consent.ts';
import { createInput, proceedingFormValues, updateInput, valuesOf } from './proceeding-form-input.ts';

export function proceedingPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/cases/:id/proceedings/new', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const found = await getCase(deps, c.get('viewer'), c.req.param('id'));
    const viewer = requireRole(c.get('viewer'), 'coordinator');
    c.header('Cache-Control', 'private, no-store');
    return c.html(<ProceedingFormPage viewer={viewer} case={found} mode={{ kind: 'new', idempotencyKey: randomUUID() }} values={{ internationalBody: 'ecthr' }} />);
  });

  app.get('/cases/:id/communications/un-sr', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    // 404 for who may not see the case, 403 for members who may; coordinators skip the extra read.
    const viewer = await requireCoordinatorFor(c.get('viewer'), () => getCase(deps, c.get('viewer'), c.req.param('id')));
    const bundle = await readVisibleBundle(deps, viewer, c.req.param('id'));
    const refusal = unSubmissionRefusal(bundle.case, bundle.consent);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<UnSrPage viewer={viewer} case={bundle.case} language={c.get('i18n').language} {...(refusal ? { refusal } : {})} />);
  });

  app.post('/cases/:id/proceedings/new', async (c) => {
    const body = await c.req.parseBody();
    const values = proceedingFormValues(body);
    const id = c.req.param('id');
    try {
      // The key was made when the form was rendered: a second submit of the same form replays the first.
      await createProceeding(deps, c.get('viewer'), id, createInput(values), formText(body, 'idempotencyKey'));
      return c.redirect(`/cases/${id}#proceedings`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // Read again so the heading keeps the defender's name (404 if not visible); a fresh key for the corrected body.
      const found = await getCase(deps, c.get('viewer'), id);
      return c.html(<ProceedingFormPage viewer={c.get('viewer')} case={found} mode={{ kind: 'new', idempotencyKey: randomUUID() }} values={values} errors={error.errors} />, 400);
    }
  });

  const editForm = async (c: Context<AppEnv>, options: { values?: ReturnType<typeof proceedingFormValues>; errors?: ValidationError; stale?: boolean } = {}) => {
    const loaded = await loadProceedingContext(deps, c.get('viewer'), c.req.param('id') ?? '', { rawProceedingId: c.req.param('proceedingId') ?? '' });
    const viewer = requireRole(c.get('viewer'), 'coordinator');
    const p = loaded.proceeding!;
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <ProceedingFormPage
        viewer={viewer} case={loaded.case} mode={{ kind: 'edit', proceedingId: p.id, version: p.version }}
        values={options.values ?? valuesOf(p)} errors={options.errors?.errors}
        notice={options.stale ? c.get('i18n').t('proceedings.form.stale') : undefined}
      />,
      options.errors ? 400 : options.stale ? 412 : 200,
    );
  };

  app.get('/cases/:id/proceedings/:proceedingId/edit', (c) => signInFirst(c) ?? editForm(c));

  app.post('/cases/:id/proceedings/:proceedingId/edit', async (c) => {
    const body = await c.req.parseBody();
    const values = proceedingFormValues(body);
    const { id, proceedingId } = c.req.param();
    try {
      await updateProceeding(deps, c.get('viewer'), id, proceedingId, `"${formText(body, 'version') ?? ''}"`, updateInput(values));
      return c.redirect(`/cases/${id}#proceedings`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return editForm(c, { values, errors: error });
      if (error instanceof PreconditionFailedError) return editForm(c, { stale: true });
      throw error;
    }
  });

  return app;
}
