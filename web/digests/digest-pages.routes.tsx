/**
 * Page routes for digests: a member's settings, the coordinators' preview,
 * test send, "send now" (a page stating how many members will receive it,
 * then a post confirming that number) and run history, and the unsubscribe
 * link's pages.
 * The unsubscribe POST needs no session and no Origin (RFC 8058 one-click
 * comes from the mail provider's servers): the CSRF middleware exempts it
 * by name, and the signed token is its only authority.
 */
import { Hono, type Context } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { getMyPreferences, updateMyPreferences } from '#shared/digests/member-preferences.ts';
import { countDigestRecipients, listDigestRuns, startDigestRun } from '#shared/digests/digest-runs.ts';
import { isoWeekOf, mayBeSent } from '#shared/digests/iso-week.ts';
import { isoWeekSchema } from '#shared/digests/iso-week.schema.ts';
import { previewDigest, previewWithPicker, sendTestDigest } from '#shared/digests/preview.ts';
import { checkUnsubscribeToken, unsubscribe } from '#shared/digests/unsubscribe.ts';
import { PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import { parseOrThrow } from '#shared/errors/validation.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { DigestPreviewPage } from './digest-preview-page.tsx';
import { DigestRunsPage } from './digest-runs-page.tsx';
import { DigestSendPage } from './digest-send-page.tsx';
import { SettingsPage, type SettingsValues } from './digest-settings-page.tsx';
import { formObject } from '../ui/form-fields.tsx';
import { UnsubscribePage } from './unsubscribe-page.tsx';
import { notificationSettingsInput } from '../notifications/index.ts';

/** The email preview's policy: inline styles and data: images (none today) only; no script, no fetch, no form; framed by our pages only. */
const EMAIL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

export function digestPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/settings', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const mine = await getMyPreferences(deps, c.get('viewer'));
    return c.html(<SettingsPage viewer={c.get('viewer')} {...mine} saved={c.req.query('saved') === '1'} />);
  });

  app.post('/settings', async (c) => {
    const body = formObject(await c.req.parseBody({ all: true }), ['countries', 'themes']);
    const input = {
      weeklyDigest: body.weeklyDigest === 'on', countries: body.countries, themes: body.themes, language: body.language,
      ...(body.uiLanguage !== undefined ? { uiLanguage: body.uiLanguage } : {}), ...(body.timeZone !== undefined ? { timeZone: body.timeZone } : {}),
      notifications: notificationSettingsInput(body),
    };
    try {
      await updateMyPreferences(deps, c.get('viewer'), `"${typeof body.version === 'string' ? body.version : ''}"`, input, c.get('sessionId'));
      return c.redirect('/settings?saved=1', 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof PreconditionFailedError)) throw error;
      const mine = await getMyPreferences(deps, c.get('viewer'));
      // After an error the form shows what was entered, every field, not what is stored.
      const entered = { ...mine.preferences, ...input } as SettingsValues;
      return error instanceof ValidationError
        ? c.html(<SettingsPage viewer={c.get('viewer')} version={mine.version} preferences={entered} errors={error.errors} />, 400)
        : c.html(<SettingsPage viewer={c.get('viewer')} {...mine} notice={c.get('i18n').t('settings.stale')} />, 412);
    }
  });

  app.get('/digests', (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    requireRole(c.get('viewer'), 'coordinator');
    return c.redirect(`/digests/${isoWeekOf(deps.clock.now())}`, 303);
  });

  /** The preview page; `notice` after a test send. */
  async function previewPage(c: Context<AppEnv>, notice?: string) {
    const viewer = c.get('viewer');
    requireRole(viewer, 'coordinator');
    const week = parseOrThrow(isoWeekSchema, c.req.param('week'), 'week');
    const { members, preview } = await previewWithPicker(deps, viewer, week, c.req.query('member'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<DigestPreviewPage viewer={viewer} week={week} members={members} preview={preview} notice={notice} canSend={mayBeSent(week, deps.clock.now())} />);
  }

  app.get('/digests/:week', async (c) => {
    const redirect = signInFirst(c);
    const tested = c.req.query('tested');
    return redirect ?? previewPage(c, tested ? c.get('i18n').t('digests.preview.tested', { email: tested }) : undefined);
  });

  /**
   * The email alone, as members get it: the preview frames it and the download link saves it. Its own
   * CSP (the app's global one would drop every inline style): the email's inline styles apply, and
   * nothing else loads or runs; `sandbox` keeps it scriptless even opened on its own.
   */
  app.get('/digests/:week/email.html', async (c) => {
    const preview = await previewDigest(deps, c.get('viewer'), c.req.param('week'), c.req.query());
    c.header('Content-Disposition', `inline; filename="tandem-digest-${preview.digest.week}.html"`);
    c.header('Content-Security-Policy', EMAIL_CSP);
    c.header('X-Frame-Options', 'SAMEORIGIN');
    return c.body(preview.rendered.html, 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });

  app.post('/digests/:week/test', async (c) => {
    const body = formObject(await c.req.parseBody());
    const sent = await sendTestDigest(deps, c.get('viewer'), c.req.param('week'), { member: body.member });
    return c.redirect(`/digests/${c.req.param('week')}?member=${encodeURIComponent(String(body.member))}&tested=${encodeURIComponent(sent.to)}`, 303);
  });

  app.get('/digests/:week/send', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const { week, recipients } = await countDigestRecipients(deps, c.get('viewer'), c.req.param('week'));
    return c.html(<DigestSendPage viewer={c.get('viewer')} week={week} recipients={recipients} />);
  });

  /** Starts the run only when the post confirms the number the send page stated and that number still holds. */
  app.post('/digests/:week/send', async (c) => {
    const { week, recipients } = await countDigestRecipients(deps, c.get('viewer'), c.req.param('week'));
    const confirmed = formObject(await c.req.parseBody()).recipients;
    if (confirmed !== String(recipients)) {
      const notice = c.get('i18n').t(confirmed === undefined ? 'digests.send.unconfirmed' : 'digests.send.changed');
      return c.html(<DigestSendPage viewer={c.get('viewer')} week={week} recipients={recipients} notice={notice} />, 409);
    }
    await startDigestRun(deps, deps.digestTrigger, c.get('viewer'), week);
    return c.redirect(`/digest-runs?started=${week}`, 303);
  });

  app.get('/digest-runs', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    // `lang` is the language switcher's, not a filter of the list.
    const { started, lang: _switcherLanguage, ...query } = c.req.query();
    const page = await listDigestRuns(deps, c.get('viewer'), query);
    const notice = started && isoWeekSchema.safeParse(started).success ? c.get('i18n').t('digests.runs.started', { week: started }) : undefined;
    return c.html(<DigestRunsPage viewer={c.get('viewer')} runs={page.items} nextCursor={page.nextCursor} notice={notice} now={deps.clock.now()} />);
  });

  app.get('/unsubscribe/:token', (c) => {
    const token = c.req.param('token');
    checkUnsubscribeToken(deps, token);
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(<UnsubscribePage viewer={c.get('viewer')} token={token} />);
  });

  app.post('/unsubscribe/:token', async (c) => {
    // RFC 8058: the body is `List-Unsubscribe=One-Click`; our own button sends the same. Nothing else is read.
    await unsubscribe(deps, c.req.param('token'));
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(<UnsubscribePage viewer={c.get('viewer')} token={c.req.param('token')} done />);
  });

  return app;
}
