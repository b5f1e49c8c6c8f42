/** The page behind the digest's unsubscribe link: a confirm button (no sign-in), then a confirmation. */
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';

export function UnsubscribePage(props: { viewer: Viewer; token: string; done?: boolean }) {
  return (
    <Layout title="Unsubscribe" viewer={props.viewer}>
      {props.done ? (
        <>
          <h1>You are unsubscribed</h1>
          <p role="status">You will not receive the weekly digest any more. You can turn it back on in your settings after signing in.</p>
        </>
      ) : (
        <>
          <h1>Stop the weekly digest?</h1>
          <p>You will no longer receive Tandem's weekly digest by email. Other messages (sign-in links, urgent notices about your cases) still reach you.</p>
          <form method="post" action={`/unsubscribe/${props.token}`}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit">Unsubscribe</button>
          </form>
        </>
      )}
    </Layout>
  );
}
