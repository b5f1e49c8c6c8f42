/**
 * Pages of urgent alerts: the compose page on a case (coordinators), the
 * answer page the email links to (GET changes nothing), and the confirm page
 * and one-click POST that stop alerts.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import {
  actionFormPath, answerAlert, checkAlertUnsubscribeToken, composeAlert, createAlert, getMyAlert, unsubscribeFromAlerts,
} from '#shared/alerts/index.ts';
import { ConflictError, ValidationError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { formObject, formText } from '../ui/form-fields.tsx';
import { signInFirst } from '../ui/sign-in-first.ts';
import { alertDeps } from './alert-deps.ts';
import { AnswerPage } from './answer-page.tsx';
import { ComposePage, type ComposeValues } from './compose-page.tsx';
import { AlertUnsubscribePage } from './unsubscribe-page.tsx';

const composeValues = (body: Record<string, unknown>): ComposeValues => ({
  ...(typeof body.happened === 'string' ? { happened: body.happened } : {}),
  askedActions: Array.isArray(body.askedActions) ? body.askedActions.map(String) : [],
  ...(typeof body.asked === 'string' ? { asked: body.asked } : {}),
  ...(typeof body.deadline === 'string' ? { deadline: body.deadline } : {}),
});

export function alertPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/cases/:id/alerts/new', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const context = await composeAlert(deps, c.get('viewer'), c.req.param('id'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<ComposePage viewer={c.get('viewer')} context={context} values={context.draft} idempotencyKey={randomUUID()} />);
  });

  app.post('/cases/:id/alerts/new', async (c) => {
    const body = formObject(await c.req.parseBody({ all: true }), ['askedActions']);
    const key = formText(await c.req.parseBody(), 'idempotencyKey');
    const input = { ...composeValues(body) };
    try {
      await createAlert(alertDeps(deps), c.get('viewer'), c.req.param('id'), input, key);
      return c.redirect(`/cases/${c.req.param('id')}#alerts`, 303);
    } catch (error) {
      const conflict = error instanceof ConflictError && error.message !== 'idempotency';
      if (!(error instanceof ValidationError) && !conflict) throw error;
      const context = await composeAlert(deps, c.get('viewer'), c.req.param('id'));
      const shown = { viewer: c.get('viewer'), context, values: input, idempotencyKey: key ?? randomUUID() };
      if (error instanceof ValidationError) return c.html(<ComposePage {...shown} errors={error.errors} />, 400);
      const i18n = c.get('i18n');
      const wording = (error as ConflictError).wording;
      return c.html(<ComposePage {...shown} notice={wording && i18n.has(wording.key) ? i18n.label(wording.key) : error.message} />, 409);
    }
  });

  app.get('/alerts/unsubscribe/:token', (c) => {
    const token = c.req.param('token');
    checkAlertUnsubscribeToken(deps, token);
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(<AlertUnsubscribePage token={token} />);
  });

  app.post('/alerts/unsubscribe/:token', async (c) => {
    // RFC 8058: the body is `List-Unsubscribe=One-Click`; our own button sends the same. Nothing else is read.
    await unsubscribeFromAlerts(deps, c.req.param('token'));
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(<AlertUnsubscribePage token={c.req.param('token')} done />);
  });

  const answerPage = async (c: Context<AppEnv>) => {
    const mine = await getMyAlert(deps, c.get('viewer'), c.req.param('id') ?? '');
    c.header('Cache-Control', 'private, no-store');
    return c.html(<AnswerPage viewer={c.get('viewer')} mine={mine} />);
  };

  app.get('/alerts/:id', async (c) => signInFirst(c) ?? answerPage(c));

  app.post('/alerts/:id', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const body = formObject(await c.req.parseBody());
    try {
      const mine = await answerAlert(deps, c.get('viewer'), c.req.param('id'), { answer: body.answer });
      const next = mine.me.answer === 'done' ? actionFormPath(mine.alert, c.get('viewer')) : undefined;
      return c.html(<AnswerPage viewer={c.get('viewer')} mine={mine} saved {...(next ? { logActionPath: next } : {})} />);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const mine = await getMyAlert(deps, c.get('viewer'), c.req.param('id'));
      return c.html(<AnswerPage viewer={c.get('viewer')} mine={mine} errors={error.errors} />, 400);
    }
  });

  return app;
}
