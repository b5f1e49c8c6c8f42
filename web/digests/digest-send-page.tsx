/**
 * The second step of "send the week's digest": it says how many members
 * will receive it, and its form carries that number, so the send starts
 * only for the number the coordinator read (a changed number asks again).
 */
import type { Viewer } from '#shared/domain/member.ts';
import { digestWindow } from '#shared/digests/iso-week.ts';
import { Layout } from '../ui/layout.tsx';

export function DigestSendPage(props: { viewer: Viewer; week: string; recipients: number; notice?: string }) {
  const { week, recipients } = props;
  const w = digestWindow(week);
  const lastDay = new Date(Date.parse(w.to) - 1).toISOString().slice(0, 10);
  return (
    <Layout title={`Send digest ${week}`} viewer={props.viewer}>
      <p><a href={`/digests/${week}`}>Back to the preview</a></p>
      <h1>Send the {week} digest</h1>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      <p>
        It reports {w.from.slice(0, 10)} to {lastDay}.{' '}
        <strong>{recipients === 1 ? '1 member will receive it' : `${recipients} members will receive it`}</strong>: those with the digest on,
        something new for them this week, an address that has not bounced, and no copy of this week's digest yet.
      </p>
      {recipients === 0 ? (
        <p class="empty">Nobody would receive it now.</p>
      ) : (
        <form method="post" action={`/digests/${week}/send`}>
          <input type="hidden" name="recipients" value={String(recipients)} />
          <button type="submit" class="danger">Send to {recipients === 1 ? '1 member' : `${recipients} members`} now</button>{' '}
          <a href={`/digests/${week}`}>Cancel</a>
        </form>
      )}
    </Layout>
  );
}
