/** Sign-in form, and the page that follows it (the same whatever the address). */
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';

export function SignInPage(props: { viewer: Viewer; email?: string; error?: string }) {
  return (
    <Layout title="Sign in" viewer={props.viewer}>
      <h1>Sign in</h1>
      <p>Enter the email address you registered with. We will send you a link that signs you in; it works once, for 15 minutes.</p>
      <form method="post" action="/sign-in" class="stack" novalidate>
        <div class="field">
          <label for="email">Email address</label>
          <input id="email" name="email" type="email" autocomplete="email" required value={props.email ?? ''}
            aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? 'email-error' : undefined} />
          {props.error && <p id="email-error" class="error">{props.error}</p>}
        </div>
        <button type="submit">Email me a sign-in link</button>
      </form>
    </Layout>
  );
}

export function CheckEmailPage(props: { viewer: Viewer; message: string }) {
  return (
    <Layout title="Check your email" viewer={props.viewer}>
      <h1>Check your email</h1>
      <p role="status">{props.message}</p>
      <p><a href="/sign-in">Send another link</a></p>
    </Layout>
  );
}

/**
 * What the emailed link opens: a button, not the sign-in itself. Mail
 * scanners and link previews fetch links with GET; only a person presses
 * the button, whose same-origin POST uses the one-time token up.
 */
export function SignInLinkPage(props: { viewer: Viewer; token: string }) {
  return (
    <Layout title="Sign in" viewer={props.viewer}>
      <h1>Sign in to Tandem</h1>
      <p>Press the button to sign in on this device. The link works once.</p>
      <form method="post" action="/auth/verify" class="stack">
        <input type="hidden" name="token" value={props.token} />
        <button type="submit">Sign in</button>
      </form>
    </Layout>
  );
}
