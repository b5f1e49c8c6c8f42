/** Sign-in form, and the page that follows it (the same whatever the address). */
import { SIGN_IN_LINK_MINUTES } from '#shared/auth/sign-in.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';

export function SignInPage(props: { viewer: Viewer; email?: string; error?: FieldError }) {
  const translator = useTranslator();
  const { t } = translator;
  const error = props.error ? fieldMessage(translator, props.error) : undefined;
  return (
    <Layout title={t('auth.signIn.title')} viewer={props.viewer}>
      <h1>{t('auth.signIn.title')}</h1>
      <p>{t('auth.signIn.intro', { minutes: SIGN_IN_LINK_MINUTES })}</p>
      <form method="post" action="/sign-in" class="stack" novalidate>
        <div class="field">
          <label for="email">{t('auth.signIn.email')}</label>
          <input id="email" name="email" type="email" autocomplete="email" required value={props.email ?? ''}
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'email-error' : undefined} autofocus={error ? true : undefined} />
          {error && <p id="email-error" class="error">{error}</p>}
        </div>
        <button type="submit">{t('auth.signIn.submit')}</button>
      </form>
    </Layout>
  );
}

export function CheckEmailPage(props: { viewer: Viewer }) {
  const { t } = useTranslator();
  return (
    <Layout title={t('auth.checkEmail.title')} viewer={props.viewer}>
      <h1>{t('auth.checkEmail.title')}</h1>
      <p role="status">{t('auth.checkEmail.accepted', { minutes: SIGN_IN_LINK_MINUTES })}</p>
      <p><a href="/sign-in">{t('auth.checkEmail.again')}</a></p>
    </Layout>
  );
}

/**
 * What the emailed link opens: a button, not the sign-in itself. Mail
 * scanners and link previews fetch links with GET; only a person presses
 * the button, whose same-origin POST uses the one-time token up. A script
 * of ours (CSP: script-src 'self') fills in the browser's time zone, saved
 * for a member who has none yet; without JavaScript the field stays empty.
 */
export function SignInLinkPage(props: { viewer: Viewer; token: string }) {
  const { t } = useTranslator();
  return (
    <Layout title={t('auth.link.title')} viewer={props.viewer}>
      <h1>{t('auth.link.title')}</h1>
      <p>{t('auth.link.intro')}</p>
      <form method="post" action="/auth/verify" class="stack">
        <input type="hidden" name="token" value={props.token} />
        <input type="hidden" name="timeZone" value="" data-browser-time-zone />
        <button type="submit">{t('auth.link.submit')}</button>
      </form>
      <script src="/assets/time-zone.js" defer />
    </Layout>
  );
}
