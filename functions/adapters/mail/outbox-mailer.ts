/**
 * The local Mailer: every email becomes a file in the outbox folder holding
 * the raw MIME message exactly as SES would receive it, plus the parts the
 * /dev/outbox page shows. Nothing leaves the machine.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer } from '#shared/ports/mailer.ts';
import type { OutboxView } from '#shared/ports/outbox.ts';
import { buildMime, parseHeaders } from './mime.ts';

/** What the outbox page shows, plus the raw MIME exactly as SES would have received it. */
export interface OutboxEntry extends OutboxView {
  raw: string;
}

export interface Outbox extends Mailer {
  list(): Promise<OutboxEntry[]>;
}

export function outboxMailer(folder: string, from: string, now: () => Date = () => new Date()): Outbox {
  return {
    async send(email) {
      const raw = (await buildMime(from, email)).toString('utf8');
      const headers = parseHeaders(raw);
      const sentAt = now().toISOString();
      const id = randomUUID();
      const entry: OutboxEntry = {
        id, to: email.to, subject: email.subject, text: email.text, html: email.html ?? null, headers, sentAt, raw,
      };
      await mkdir(folder, { recursive: true });
      // Sortable names: the time, then a monotonic counter (two emails can share a millisecond).
      const sequence = process.hrtime.bigint().toString().padStart(20, '0');
      await writeFile(join(folder, `${sentAt.replace(/[:.]/g, '-')}-${sequence}-${id}.json`), JSON.stringify(entry));
      return { messageId: headers['message-id'] ?? id };
    },

    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const files = names.filter((n) => n.endsWith('.json')).sort().reverse();
      return Promise.all(files.map(async (n) => JSON.parse(await readFile(join(folder, n), 'utf8')) as OutboxEntry));
    },
  };
}
