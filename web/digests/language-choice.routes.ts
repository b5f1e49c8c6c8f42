/**
 * The language switcher of a signed-in member: a same-origin form post (the
 * CSRF middleware refuses any other) that saves the page language and sends
 * the browser back to the page it came from, on this site only. A link with
 * `?lang=` would change nothing for them: their saved language wins.
 */
import { Hono } from 'hono';
import { chooseUiLanguage } from '#shared/digests/member-preferences.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { formObject } from '../ui/form-fields.tsx';
import { sameSitePath } from '../ui/same-site-path.ts';

export function languageChoice(deps: WebDeps) {
  return new Hono<AppEnv>().post('/me/language', async (c) => {
    const body = formObject(await c.req.parseBody());
    await chooseUiLanguage(deps, c.get('viewer'), { language: body.language }, c.get('sessionId'));
    return c.redirect(sameSitePath(body.back, deps.appUrl), 303);
  });
}
