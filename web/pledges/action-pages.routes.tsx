/**
 * Logged-action pages: log an action (idempotent per rendered form), correct
 * it, verify it (coordinators), co-sign a joint letter. Same use cases as the
 * JSON API.
 */
import { randomUUID } from 'node:crypto';
import { parliamentaryActionSchema } from '#shared/domain/parliamentary-actions.schema.ts';
import { Hono, type Context } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { ConsentRequiredError, ForbiddenError, PreconditionFailedError, ValidationError, type FieldError } from '#shared/errors/index.ts';
import { coSign, editAction, getAction, logAction, verifyAction } from '#shared/pledges/index.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { getCase } from '#shared/cases/read-cases.ts';
import { ErrorSummary, errorNotice } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { ActionFormPage, type ActionFormValues } from './action-form-page.tsx';
import { actionFormValues, actionInputFrom, one } from './pledge-form-input.ts';
import { Layout } from '../ui/layout.tsx';
import { ActionItem, VerifyForm } from './pledge-actions.tsx';
import type { Viewer } from '#shared/domain/member.ts';
import type { LoggedAction } from '#shared/pledges/action.schema.ts';
import { notifyAfterAnswer } from '../notifications/index.ts';

function VerifyActionPage(props: { viewer: Viewer; action: LoggedAction; errors: FieldError[] }) {
  const a = props.action;
  const { t } = useTranslator();
  return (
    <Layout title={t('pledges.verify.title')} viewer={props.viewer}>
      <p><a href={`/cases/${a.caseId}#actions`}>{t('pledges.backToCase')}</a></p>
      <h1>{t('pledges.verify.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <ul><ActionItem viewer={{ kind: 'anonymous' }} action={a} /></ul>
      <VerifyForm action={a} errors={props.errors} />
    </Layout>
  );
}

/** Signed-out visitors to a members' page go to the sign-in form. */
const today = (deps: WebDeps) => deps.clock.now().toISOString().slice(0, 10);
/** `?type=` preselects an action a suggestion links to (the execution gap's question); anything else is ignored. */
const suggestedType = (type: string | undefined) => (parliamentaryActionSchema.safeParse(type).success ? { type } : {});

/** The logged-action pages; mounted by `pledgePages`. */
export function actionPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/cases/:id/actions/new', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const me = requireRole(c.get('viewer'), 'mp');
    const bundle = await getCaseBundle(deps, me, c.req.param('id'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <ActionFormPage viewer={me} case={bundle.case} mode={{ kind: 'new', idempotencyKey: randomUUID(), today: today(deps) }} values={{ date: today(deps), ...suggestedType(c.req.query('type')) }} />,
    );
  });

  app.post('/cases/:id/actions/new', async (c) => {
    const body = await c.req.parseBody();
    const values = actionFormValues(body);
    const id = c.req.param('id');
    // The key was made when the form was rendered: a second submit of the same form replays the first.
    const key = one(body.idempotencyKey);
    try {
      await logAction(deps, c.get('viewer'), id, actionInputFrom(values, false), key || undefined);
      return c.redirect(`/cases/${id}#actions`, 303);
    } catch (error) {
      // A fresh key: the corrected form is another request body.
      const mode = { kind: 'new' as const, idempotencyKey: randomUUID(), today: today(deps) };
      if (!(error instanceof ConsentRequiredError) && !(error instanceof ValidationError)) throw error;
      // Read again (outside the GET budget) so the heading keeps the defender's name; 404 if not visible.
      const found = await getCase(deps, c.get('viewer'), id);
      if (error instanceof ConsentRequiredError) {
        const named = { id, defenderName: found.defenderName };
        return c.html(<ActionFormPage viewer={c.get('viewer')} case={named} mode={mode} values={values} notice={errorNotice(error)} />, 409);
      }
      return c.html(<ActionFormPage viewer={c.get('viewer')} case={found} mode={mode} values={values} errors={error.errors} />, 400);
    }
  });

  app.get('/cases/:id/actions/:actionId/edit', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const me = requireRole(c.get('viewer'), 'mp');
    const action = await getAction(deps, me, c.req.param('id'), c.req.param('actionId'));
    // Seeing an action is not owning it: only its author gets the edit form.
    if (action.memberId !== me.id) throw new ForbiddenError('Only the MP who logged an action may change it.', { wording: { key: 'pledges.errors.notYourAction' } });
    const values: ActionFormValues = { description: action.description, evidenceUrl: action.evidenceUrl, public: action.public };
    const mode = { kind: 'edit' as const, actionId: action.id, version: action.version, verification: action.verification };
    c.header('Cache-Control', 'private, no-store');
    return c.html(<ActionFormPage viewer={me} case={{ id: action.caseId }} mode={mode} values={values} />);
  });

  app.post('/cases/:id/actions/:actionId/edit', async (c) => {
    const body = await c.req.parseBody();
    const values = actionFormValues(body);
    const { id, actionId } = c.req.param();
    const version = one(body.version) ?? '';
    const again = (status: 400 | 409 | 412, errors?: FieldError[], notice?: string) =>
      c.html(<ActionFormPage viewer={c.get('viewer')} case={{ id }} mode={{ kind: 'edit', actionId, version: Number(version) || 0 }} values={values} errors={errors} notice={notice} />, status);
    try {
      await editAction(deps, c.get('viewer'), id, actionId, `"${version}"`, actionInputFrom(values, true));
      return c.redirect(`/cases/${id}#actions`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return again(400, error.errors);
      if (error instanceof ConsentRequiredError) return again(409, undefined, errorNotice(error));
      if (error instanceof PreconditionFailedError) return again(412, undefined, useTranslator().t('pledges.errors.staleAction'));
      throw error;
    }
  });

  app.post('/cases/:id/actions/:actionId/verify', async (c) => {
    const body = await c.req.parseBody();
    const { id, actionId } = c.req.param();
    const note = one(body.note)?.trim();
    const input = { state: one(body.state) ?? '', ...(note ? { note } : {}) };
    try {
      const verified = await verifyAction(deps, c.get('viewer'), id, actionId, `"${one(body.version) ?? ''}"`, input);
      if (verified.verification.state === 'verified') await notifyAfterAnswer(deps, { kind: 'actionVerified', caseId: verified.caseId, actionId: verified.id });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // Shown alone with the message next to the field (the input was refused before any read).
      const action = await getAction(deps, c.get('viewer'), id, actionId);
      return c.html(<VerifyActionPage viewer={c.get('viewer')} action={action} errors={error.errors} />, 400);
    }
    return c.redirect(`/cases/${id}#actions`, 303);
  });

  app.post('/cases/:id/actions/:actionId/co-sign', async (c) => {
    const { id, actionId } = c.req.param();
    await coSign(deps, c.get('viewer'), id, actionId);
    return c.redirect(`/cases/${id}#actions`, 303);
  });

  return app;
}
