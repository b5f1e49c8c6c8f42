/**
 * Local mode only: the outbox, where every email the app "sent" can be read
 * (and its sign-in links clicked). The Lambda build never imports this file.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import type { OutboxReader } from '#shared/ports/outbox.ts';
import { Layout } from '../ui/layout.tsx';

/** A URL in the text, without the punctuation that ends its sentence ("…/sign-in: we will"). */
const LINK = /https?:\/\/[^\s<>"]*[^\s<>".,:;!?)]/g;

export function outboxRoutes(outbox: OutboxReader) {
  return (app: Hono<AppEnv>) => {
    app.get('/api/dev/outbox', async (c) => {
      const entries = await outbox.list();
      return c.json({ items: entries.map(({ id, to, subject, text, html, headers, sentAt }) => ({ id, to, subject, text, html, headers, sentAt })) });
    });

    app.get('/dev/outbox', async (c) => {
      const entries = await outbox.list();
      return c.html(
        <Layout title="Outbox" viewer={c.get('viewer')}>
          <h1>Local outbox</h1>
          <p>Every email Tandem sent while running locally, newest first. Nothing here left this machine.</p>
          {entries.length === 0 && <p class="empty">No emails yet. <a href="/sign-in">Ask for a sign-in link</a>.</p>}
          {entries.map((e) => (
            <article class="mail">
              <h2>{e.subject}</h2>
              <p class="muted">To <strong>{e.to}</strong> · <time datetime={e.sentAt}>{e.sentAt.replace('T', ' ').slice(0, 19)} UTC</time></p>
              <ul>{[...new Set(e.text.match(LINK) ?? [])].map((href) => <li><a href={href}>{href}</a></li>)}</ul>
              <details><summary>Plain text</summary><pre>{e.text}</pre></details>
              <details><summary>Headers</summary><pre>{Object.entries(e.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}</pre></details>
            </article>
          ))}
        </Layout>,
      );
    });
  };
}
