/**
 * JSON API for the hearing calendar: the members' calendar, the observer
 * roster (PUT/DELETE of "me" on a hearing), and the private feed URL.
 */
import { Hono } from 'hono';
import { createFeed, feedStatus, revokeFeed } from '#shared/calendar/feed-tokens.ts';
import { signUpToObserve, withdrawFromObserving } from '#shared/calendar/observers.ts';
import { readCalendar } from '#shared/calendar/read-calendar.ts';
import type { AppEnv, WebDeps } from '../env.ts';

export function calendarApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .get('/calendar', async (c) => {
      c.header('Cache-Control', 'private, no-store');
      const { lang: _lang, ...query } = c.req.query(); // ?lang= chooses the language of errors, as on every route
      return c.json(await readCalendar(deps, c.get('viewer'), query));
    })

    .put('/cases/:id/hearings/:eventId/observers/me', async (c) => {
      const { created, signup } = await signUpToObserve(deps, c.get('viewer'), c.req.param('id'), c.req.param('eventId'));
      const { memberId: _memberId, ...view } = signup;
      return c.json(view, created ? 201 : 200);
    })

    .delete('/cases/:id/hearings/:eventId/observers/me', async (c) => {
      await withdrawFromObserving(deps, c.get('viewer'), c.req.param('id'), c.req.param('eventId'));
      return c.body(null, 204);
    })

    .get('/calendar/feed', async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await feedStatus(deps, c.get('viewer')));
    })

    .post('/calendar/feed', async (c) => {
      // The secret URL is in this answer only: nothing may keep a copy.
      c.header('Cache-Control', 'no-store');
      // Its events are written in the caller's language (the member's saved one, else the detected one).
      return c.json(await createFeed(deps, c.get('viewer'), c.get('i18n').locale), 201);
    })

    .delete('/calendar/feed', async (c) => {
      await revokeFeed(deps, c.get('viewer'));
      return c.body(null, 204);
    });
}
