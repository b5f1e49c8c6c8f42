/**
 * Managing one's private iCalendar feed: make (or remake) the secret address,
 * shown once because only its hash is kept, or revoke it.
 */
import type { FeedStatus } from '#shared/calendar/feed-tokens.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';

export function FeedPage(props: { viewer: Viewer; status: FeedStatus; newUrl?: string; notice?: string }) {
  const { status } = props;
  return (
    <Layout title="Your calendar feed" viewer={props.viewer}>
      <p><a href="/calendar">← Hearing calendar</a></p>
      <h1>Your calendar feed</h1>
      <p>
        A private address that your calendar application (Outlook, Google Calendar, Apple Calendar…) can subscribe to.
        It lists the hearings and action requests you may see, as they are when your application refreshes: a case
        whose defender withdraws consent leaves your calendar, and a case whose publicity is paused leaves it at once.
      </p>
      <p>
        Your calendar service (Google, Microsoft, Apple…) fetches and keeps what the feed holds. So only cases whose defender
        consented to publicity are named there. For any other case an event has a neutral title such as “Hearing (Tandem
        case)”, names neither the defender nor the court, and links into Tandem, where you sign in to see it.
      </p>
      <p>Treat it like a password. If it was shared by mistake, make a new address: the old one stops working at once.</p>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      {props.newUrl && (
        <div class="notice" role="status">
          <p><label for="feed-url">Your feed address. It is shown only now: copy it into your calendar application.</label></p>
          <input id="feed-url" readonly value={props.newUrl} size={60} />
        </div>
      )}
      <p>{status.active ? <>You have a feed, made on <time datetime={status.createdAt}>{status.createdAt?.slice(0, 10)}</time>.</> : 'You have no feed.'}</p>
      <form method="post" action="/calendar/feed">
        <button type="submit">{status.active ? 'Make a new address (the old one stops working)' : 'Make my feed address'}</button>
      </form>
      {status.active && (
        <form method="post" action="/calendar/feed/revoke">
          <p><button type="submit">Revoke my feed</button></p>
        </form>
      )}
    </Layout>
  );
}
