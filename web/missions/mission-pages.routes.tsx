/**
 * Pages for diplomats' work and the gap view. Forms post to these routes and
 * call the same use cases as the JSON API. A validation error re-renders the
 * form with messages beside the fields (400); a request answered meanwhile
 * redirects with a notice rather than overwriting.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { dayOf } from '#shared/calendar/calendar.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import { isCoordinator } from '#shared/domain/member.ts';
import { listGaps } from '#shared/missions/list-gaps.ts';
import { createActionRequest } from '#shared/missions/create-request.ts';
import { requestFormContext } from '#shared/missions/request-form.ts';
import { countryCode } from '#shared/domain/case.ts';
import { listActionRequests } from '#shared/missions/list-requests.ts';
import { logMissionAction } from '#shared/missions/log-action.ts';
import { requirePosting } from '#shared/missions/mission-access.ts';
import { respondToRequest } from '#shared/missions/respond-request.ts';
import { verifyMissionAction } from '#shared/missions/verify-action.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { errorNotice, formText } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { GapPage } from './gap-page.tsx';
import { actionInput, actionValues, requestInput, requestValues } from './mission-form-input.ts';
import { MissionActionFormPage } from './mission-action-form-page.tsx';
import { RequestFormPage } from './request-form-page.tsx';
import { RequestListPage, type RequestFormError } from './request-list-page.tsx';
import { notifyAfterAnswer } from '../notifications/index.ts';

/** The notices a redirect to the request list may ask for (`?notice=`), as catalog keys. */
const NOTICES = {
  done: 'missions.notice.done',
  answered: 'missions.notice.answered',
  changed: 'missions.notice.changed',
} as const;
const noticeOf = (code: string | undefined): string | undefined =>
  code && Object.hasOwn(NOTICES, code) ? useTranslator().t(NOTICES[code as keyof typeof NOTICES]) : undefined;

export function missionPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  const today = () => dayOf(deps.clock.now());

  const requestList = async (c: Context<AppEnv>, failed?: RequestFormError) => {
    const viewer = c.get('viewer');
    const status = c.req.query('status') === 'closed' ? 'closed' : 'open';
    const country = c.req.query('country') || undefined;
    const cursor = c.req.query('cursor') || undefined;
    const list = isCoordinator(viewer) && !country
      ? { items: [], nextCursor: null }
      : await listActionRequests(deps, viewer, { status, ...(country ? { country } : {}), ...(cursor ? { cursor } : {}) });
    c.header('Cache-Control', 'private, no-store');
    const notice = noticeOf(c.req.query('notice'));
    return c.html(<RequestListPage viewer={viewer} list={list} status={status} notice={notice} failed={failed} />, failed ? 400 : 200);
  };

  app.get('/requests', (c) => signInFirst(c) ?? requestList(c));

  app.post('/cases/:id/action-requests/:requestId/respond', async (c) => {
    const body = await c.req.parseBody();
    const { id, requestId } = c.req.param();
    const status = formText(body, 'status');
    const reason = formText(body, 'reason');
    try {
      await respondToRequest(deps, c.get('viewer'), id, requestId, `"${formText(body, 'version') ?? ''}"`, { status, ...(status === 'declined' ? { reason: reason ?? '' } : reason ? { reason } : {}) });
    } catch (error) {
      if (error instanceof ValidationError && status === 'declined') return requestList(c, { requestId, errors: error.errors, reason });
      if (error instanceof PreconditionFailedError || error instanceof ConflictError) return c.redirect('/requests?notice=changed', 303);
      throw error;
    }
    return c.redirect(isCoordinator(c.get('viewer')) ? `/cases/${id}` : '/requests?notice=answered', 303);
  });

  /** The case and the roster of the country the form shows (shared/missions/request-form.ts). */
  const requestForm = (c: Context<AppEnv>, country: string | undefined, afterPost = false) =>
    requestFormContext(deps, c.get('viewer'), c.req.param('id') ?? '', country, { afterPost });

  app.get('/cases/:id/action-requests/new', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const asked = countryCode.safeParse(c.req.query('country') ?? '');
    const form = await requestForm(c, asked.success ? asked.data : undefined);
    const values = asked.success ? { country: asked.data } : {};
    return c.html(<RequestFormPage viewer={c.get('viewer')} case={form.case} roster={form.roster} values={values} idempotencyKey={randomUUID()} />);
  });

  app.post('/cases/:id/action-requests/new', async (c) => {
    const body = await c.req.parseBody();
    const id = c.req.param('id');
    const key = formText(body, 'idempotencyKey');
    try {
      const created = await createActionRequest(deps, c.get('viewer'), id, requestInput(body), key);
      if (!created.replayed) await notifyAfterAnswer(deps, { kind: 'newRequest', caseId: created.request.caseId, requestId: created.request.id });
      return c.redirect(`/cases/${id}`, 303);
    } catch (error) {
      const refused = error instanceof ConflictError && error.message !== 'idempotency';
      if (!(error instanceof ValidationError) && !refused) throw error;
      const values = requestValues(body);
      const asked = countryCode.safeParse(values.country ?? '');
      const form = await requestForm(c, asked.success ? asked.data : undefined, true);
      const shown = { viewer: c.get('viewer'), case: form.case, roster: form.roster, values, idempotencyKey: key ?? randomUUID() };
      return error instanceof ValidationError
        ? c.html(<RequestFormPage {...shown} errors={error.errors} />, 400)
        : c.html(<RequestFormPage {...shown} notice={errorNotice(error)} />, 409);
    }
  });

  const actionForm = async (c: Context<AppEnv>, requestId: string | undefined, values: ReturnType<typeof actionValues>, key: string, errors?: ValidationError) => {
    const viewer = c.get('viewer');
    const bundle = await getCaseBundle(deps, viewer, c.req.param('id') ?? '');
    const diplomat = requireRole(viewer, 'diplomat');
    const request = requestId ? bundle.requests.find((r) => r.id === requestId) : undefined;
    if (requestId && !request) throw new NotFoundError('request');
    requirePosting(viewer, bundle.case, request);
    const filled = { mission: diplomat.mission, date: today(), actionType: request?.actionType, ...values };
    return c.html(
      <MissionActionFormPage viewer={viewer} case={bundle.case} request={request} values={filled} idempotencyKey={key} errors={errors?.errors} />,
      errors ? 400 : 200,
    );
  };

  app.get('/cases/:id/mission-actions/new', (c) => signInFirst(c) ?? actionForm(c, c.req.query('request') || undefined, {}, randomUUID()));

  app.post('/cases/:id/mission-actions/new', async (c) => {
    const body = await c.req.parseBody();
    const id = c.req.param('id');
    const key = formText(body, 'idempotencyKey');
    const input = actionInput(body);
    try {
      await logMissionAction(deps, c.get('viewer'), id, input, key);
    } catch (error) {
      if (error instanceof ConflictError) return c.redirect('/requests?notice=changed', 303);
      if (!(error instanceof ValidationError)) throw error;
      return actionForm(c, formText(body, 'requestId'), actionValues(body), key ?? randomUUID(), error);
    }
    return c.redirect(input.requestId ? '/requests?notice=done' : `/cases/${id}`, 303);
  });

  app.post('/cases/:id/mission-actions/:actionId/verify', async (c) => {
    const body = await c.req.parseBody();
    const { id, actionId } = c.req.param();
    const verified = await verifyMissionAction(deps, c.get('viewer'), id, actionId, `"${formText(body, 'version') ?? ''}"`);
    await notifyAfterAnswer(deps, { kind: 'actionVerified', caseId: verified.caseId, actionId: verified.id });
    return c.redirect(`/cases/${id}`, 303);
  });

  app.get('/gaps', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const country = c.req.query('country') || undefined;
    const cursor = c.req.query('cursor') || undefined;
    const gaps = await listGaps(deps, c.get('viewer'), { ...(country ? { country } : {}), ...(cursor ? { cursor } : {}) });
    c.header('Cache-Control', 'private, no-store');
    return c.html(<GapPage viewer={c.get('viewer')} gaps={gaps} country={country} />);
  });

  return app;
}
