/**
 * Local mode only: the outbox, where every email the app "sent" can be read
 * (and its sign-in links clicked). The Lambda build never imports this file.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import type { OutboxReader, OutboxView } from '#shared/ports/outbox.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

/** A URL in the text, without the punctuation that ends its sentence ("…/sign-in: we will"). */
const LINK = /https?:\/\/[^\s<>"]*[^\s<>".,:;!?)]/g;

export function outboxRoutes(outbox: OutboxReader) {
  return (app: Hono<AppEnv>) => {
    app.get('/api/dev/outbox', async (c) => {
      const entries = await outbox.list();
      return c.json({ items: entries.map(({ id, to, subject, text, html, headers, sentAt }) => ({ id, to, subject, text, html, headers, sentAt })) });
    });

    app.get('/dev/outbox', async (c) => c.html(<OutboxPage entries={await outbox.list()} viewer={c.get('viewer')} />));
  };
}

/**
 * The emails as sent, in their recipient's language (marked with `lang` when the email
 * says which: its Content-Language header); the page around them in the reader's.
 */
function OutboxPage(props: { entries: OutboxView[]; viewer: Viewer }) {
  const { t, rich, dateTime } = useTranslator();
  return (
    <Layout title={t('app.outbox.title')} viewer={props.viewer}>
      <h1>{t('app.outbox.heading')}</h1>
      <p>{t('app.outbox.intro')}</p>
      {props.entries.length === 0 && <p class="empty">{rich('app.outbox.empty', { link: (chunks) => <a href="/sign-in">{chunks}</a> })}</p>}
      {props.entries.map((e) => (
        <article class="mail" data-to={e.to}>
          <h2 lang={e.headers['content-language']}>{e.subject}</h2>
          <p class="muted">
            {rich('app.outbox.sentTo', {
              to: e.to,
              sentAt: dateTime(e.sentAt, { zoneName: true }),
              strong: (chunks) => <strong>{chunks}</strong>,
              time: (chunks) => <time datetime={e.sentAt}>{chunks}</time>,
            })}
          </p>
          <ul aria-label={t('app.outbox.links')}>{[...new Set(e.text.match(LINK) ?? [])].map((href) => <li><a href={href}>{href}</a></li>)}</ul>
          <details><summary>{t('app.outbox.plainText')}</summary><pre lang={e.headers['content-language']}>{e.text}</pre></details>
          <details><summary>{t('app.outbox.headers')}</summary><pre>{Object.entries(e.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}</pre></details>
        </article>
      ))}
    </Layout>
  );
}
