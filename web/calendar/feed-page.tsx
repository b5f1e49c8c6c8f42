/**
 * Managing one's private iCalendar feed: make (or remake) the secret address,
 * shown once because only its hash is kept, or revoke it. The feed's events
 * are written in the language this page is read in when the address is made.
 */
import type { FeedStatus } from '#shared/calendar/feed-tokens.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';

export type FeedNotice = 'revoked' | 'hadNone';

export function FeedPage(props: { viewer: Viewer; status: FeedStatus; newUrl?: string; notice?: FeedNotice }) {
  const { status } = props;
  const { t, rich, date } = useTranslator();
  return (
    <Layout title={t('calendar.feed.title')} viewer={props.viewer}>
      <p><a href="/calendar">← {t('calendar.feed.back')}</a></p>
      <h1>{t('calendar.feed.title')}</h1>
      <p>{t('calendar.feed.about')}</p>
      <p>{t('calendar.feed.thirdParty', { example: t('calendar.ics.hearingNeutral') })}</p>
      <p>{t('calendar.feed.language')}</p>
      <p>{t('calendar.feed.password')}</p>
      {props.notice && <p class="notice" role="status">{t(props.notice === 'revoked' ? 'calendar.feed.revoked' : 'calendar.feed.hadNone')}</p>}
      {props.newUrl && (
        <div class="notice" role="status">
          <p><label for="feed-url">{t('calendar.feed.newUrl')}</label></p>
          <input id="feed-url" readonly value={props.newUrl} size={60} />
        </div>
      )}
      <p>
        {status.active && status.createdAt
          ? rich('calendar.feed.active', { date: date(status.createdAt), when: (chunks: unknown[]) => <time datetime={status.createdAt}>{chunks}</time> })
          : t('calendar.feed.none')}
      </p>
      <form method="post" action="/calendar/feed">
        <button type="submit">{status.active ? t('calendar.feed.remake') : t('calendar.feed.make')}</button>
      </form>
      {status.active && (
        <form method="post" action="/calendar/feed/revoke">
          <p><button type="submit">{t('calendar.feed.revoke')}</button></p>
        </form>
      )}
    </Layout>
  );
}
