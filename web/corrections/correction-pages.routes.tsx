/**
 * The coordinators' pages to correct or delete a timeline event. They call the
 * same use cases as the API; a form that fails comes back with what was typed
 * and the errors beside their fields, a stale version with the saved event.
 */
import { Hono, type Context } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { correctEvent, deleteEvent, eventToCorrect } from '#shared/cases/index.ts';
import { eventVersion } from '#shared/domain/timeline.ts';
import { PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { EventDeletePage } from './event-delete-page.tsx';
import { EventEditPage, eventFormValues } from './event-edit-page.tsx';

type Form = Record<string, string | undefined>;

/**
 * The change an edit form asks for. Every field the form shows is sent, so a
 * cleared title is an error, not "unchanged"; a cleared description is
 * removed. The zone picker always sends a zone: only a hearing has one.
 */
export function changeFromForm(form: Form): Record<string, unknown> {
  // An emptied field is null: "required" beside it (a description may be removed).
  const given = (value: string | undefined) => (value?.trim() ? value : null);
  const change: Record<string, unknown> = {
    type: given(form.type), date: given(form.date), title: given(form.title), description: given(form.description),
  };
  if (form.type === 'hearing') {
    Object.assign(change, { court: given(form.court), hearingLocal: given(form.hearingLocal) }, form.timeZone ? { timeZone: form.timeZone } : {});
  } else {
    if (form.court?.trim()) change.court = form.court;
    if (form.hearingLocal?.trim()) change.hearingLocal = form.hearingLocal;
  }
  return change;
}

const textFields = (body: Record<string, unknown>): Form =>
  Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Form;

export function correctionPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  const ids = (c: Context<AppEnv>) => [c.req.param('id') ?? '', c.req.param('eventId') ?? ''] as const;
  const stale = (c: Context<AppEnv>) => c.get('i18n').t('corrections.stale');

  app.get('/cases/:id/events/:eventId/edit', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const viewer = c.get('viewer');
    requireRole(viewer, 'coordinator');
    const { bundle, event } = await eventToCorrect(deps, viewer, ...ids(c));
    return c.html(<EventEditPage viewer={viewer} case={bundle.case} event={event} values={eventFormValues(event)} version={eventVersion(event)} />);
  });

  app.post('/cases/:id/events/:eventId/edit', async (c) => {
    const viewer = c.get('viewer');
    const form = textFields(await c.req.parseBody());
    try {
      await correctEvent(deps, viewer, ...ids(c), `"${form.version ?? ''}"`, changeFromForm(form));
      return c.redirect(`/cases/${c.req.param('id')}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof PreconditionFailedError)) throw error;
      const { bundle, event } = await eventToCorrect(deps, viewer, ...ids(c));
      if (error instanceof ValidationError) {
        return c.html(<EventEditPage viewer={viewer} case={bundle.case} event={event} values={form} version={Number(form.version) || 0} errors={error.errors} />, 400);
      }
      return c.html(<EventEditPage viewer={viewer} case={bundle.case} event={event} values={eventFormValues(event)} version={eventVersion(event)} notice={stale(c)} />, 412);
    }
  });

  app.get('/cases/:id/events/:eventId/delete', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const viewer = c.get('viewer');
    requireRole(viewer, 'coordinator');
    const { bundle, event } = await eventToCorrect(deps, viewer, ...ids(c));
    const observers = bundle.observers.filter((o) => o.eventId === event.id).length;
    return c.html(<EventDeletePage viewer={viewer} case={bundle.case} event={event} observers={observers} />);
  });

  app.post('/cases/:id/events/:eventId/delete', async (c) => {
    const viewer = c.get('viewer');
    const form = textFields(await c.req.parseBody());
    try {
      await deleteEvent(deps, viewer, ...ids(c), `"${form.version ?? ''}"`);
      return c.redirect(`/cases/${c.req.param('id')}`, 303);
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      const { bundle, event } = await eventToCorrect(deps, viewer, ...ids(c));
      const observers = bundle.observers.filter((o) => o.eventId === event.id).length;
      return c.html(<EventDeletePage viewer={viewer} case={bundle.case} event={event} observers={observers} notice={stale(c)} />, 412);
    }
  });

  return app;
}
