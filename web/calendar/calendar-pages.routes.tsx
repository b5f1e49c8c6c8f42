/**
 * Calendar pages: the 8-week calendar, joining and leaving an observer
 * roster, the feed address, and the feed itself (`/calendar/{token}.ics`).
 * The feed's route is logged by its pattern, never with the token.
 */
import { Hono, type Context } from 'hono';
import { createFeed, feedStatus, readFeed, revokeFeed } from '#shared/calendar/feed-tokens.ts';
import { signUpToObserve, withdrawFromObserving } from '#shared/calendar/observers.ts';
import { readCalendar } from '#shared/calendar/read-calendar.ts';
import { NotFoundError } from '#shared/errors/index.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { toICalendar } from '../calendar/ics.ts';
import { CalendarPage } from './calendar-page.tsx';
import { FeedPage } from './feed-page.tsx';
import { formText } from '../ui/form-fields.tsx';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export function calendarPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/calendar', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    // `lang` is the language switcher's, not the calendar's.
    const { lang: _lang, ...query } = c.req.query();
    const calendar = await readCalendar(deps, c.get('viewer'), query);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<CalendarPage viewer={c.get('viewer')} calendar={calendar} />);
  });

  const roster = (join: boolean) => async (c: Context<AppEnv>) => {
    const body = await c.req.parseBody();
    const caseId = formText(body, 'caseId') ?? '';
    const eventId = formText(body, 'eventId') ?? '';
    if (join) await signUpToObserve(deps, c.get('viewer'), caseId, eventId);
    else await withdrawFromObserving(deps, c.get('viewer'), caseId, eventId);
    return c.redirect(`/calendar#h-${encodeURIComponent(eventId)}`, 303);
  };
  app.post('/calendar/observe', roster(true));
  app.post('/calendar/withdraw', roster(false));

  app.get('/calendar/feed', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    c.header('Cache-Control', 'private, no-store');
    return c.html(<FeedPage viewer={c.get('viewer')} status={await feedStatus(deps, c.get('viewer'))} />);
  });

  app.post('/calendar/feed', async (c) => {
    // The feed speaks the language this page is read in.
    const { url, createdAt } = await createFeed(deps, c.get('viewer'), c.get('i18n').locale);
    // Shown once; nothing may keep a copy of this page.
    c.header('Cache-Control', 'no-store');
    return c.html(<FeedPage viewer={c.get('viewer')} status={{ active: true, createdAt }} newUrl={url} />);
  });

  app.post('/calendar/feed/revoke', async (c) => {
    const revoked = await revokeFeed(deps, c.get('viewer'));
    c.header('Cache-Control', 'no-store');
    return c.html(<FeedPage viewer={c.get('viewer')} status={{ active: false }} notice={revoked ? 'revoked' : 'hadNone'} />);
  });

  app.get('/calendar/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.ics')) throw new NotFoundError('page');
    const { owner, calendar } = await readFeed(deps, file.slice(0, -'.ics'.length));
    // In the language of its owner (whoever fetches it: a calendar service sends no useful Accept-Language).
    await loadCatalog(owner.language ?? 'en');
    const translator = translatorFor(owner.language ?? 'en');
    c.set('i18n', translator); // so Content-Language names the feed's language
    return c.body(toICalendar(calendar, { appUrl: deps.appUrl, now: deps.clock.now(), translator }), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="tandem.ics"',
      'Cache-Control': 'private, max-age=0',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    });
  });

  return app;
}
