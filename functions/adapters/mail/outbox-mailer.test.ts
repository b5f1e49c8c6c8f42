/**
 * The local outbox: every email lands as a file in a temporary folder and is
 * listed back the way the /dev/outbox page shows it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingEmail } from '#shared/ports/mailer.ts';
import { outboxMailer } from './outbox-mailer.ts';

const FROM = 'Tandem <noreply@tandem.example.org>';

/** A clock that starts at `start` and moves one minute forward on every reading. */
function steppingClock(start: string): () => Date {
  let next = Date.parse(start);
  return () => {
    const reading = new Date(next);
    next += 60_000;
    return reading;
  };
}

const digest: OutgoingEmail = {
  to: 'mp@parliament.example.org',
  subject: 'Weekly digest',
  text: 'Two defenders need a sponsor.',
  html: '<p>Two defenders need a sponsor.</p>',
};

let root: string;
let folder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-outbox-'));
  folder = join(root, 'outbox');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('outbox mailer', () => {
  it('lists a sent email with its recipient, subject, bodies, headers and send time', async () => {
    const outbox = outboxMailer(folder, FROM, steppingClock('2026-03-02T09:00:00.000Z'));

    await outbox.send(digest);

    const [entry] = await outbox.list();
    expect(entry).toMatchObject({
      to: 'mp@parliament.example.org',
      subject: 'Weekly digest',
      text: 'Two defenders need a sponsor.',
      html: '<p>Two defenders need a sponsor.</p>',
      sentAt: '2026-03-02T09:00:00.000Z',
    });
    expect(entry?.headers).toMatchObject({ from: FROM, to: 'mp@parliament.example.org', subject: 'Weekly digest' });
  });

  it('records html as null for a text-only email', async () => {
    const outbox = outboxMailer(folder, FROM);

    await outbox.send({ to: digest.to, subject: digest.subject, text: digest.text });

    const [entry] = await outbox.list();
    expect(entry?.html).toBeNull();
    expect(entry?.raw).not.toContain('text/html');
  });

  it('keeps the full raw MIME: headers first, then the text and html parts between boundaries', async () => {
    const outbox = outboxMailer(folder, FROM);

    await outbox.send(digest);

    const [entry] = await outbox.list();
    const raw = entry?.raw ?? '';
    const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
    expect(raw).toMatch(/^[A-Za-z-]+: /);
    expect(boundary).toBeDefined();
    expect(raw).toContain(
      `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\nTwo defenders need a sponsor.\r\n`,
    );
    expect(raw).toContain(
      `--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n<p>Two defenders need a sponsor.</p>\r\n`,
    );
    expect(raw).toMatch(new RegExp(`--${boundary}--\\r\\n$`));
  });

  it('exposes List-Unsubscribe headers as they appear in the raw message', async () => {
    const outbox = outboxMailer(folder, FROM);

    await outbox.send({
      ...digest,
      headers: {
        'List-Unsubscribe': '<https://example.org/u/abc>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });

    const [entry] = await outbox.list();
    expect(entry?.headers['list-unsubscribe']).toBe('<https://example.org/u/abc>');
    expect(entry?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('answers with the Message-ID of the raw message', async () => {
    const outbox = outboxMailer(folder, FROM);

    const { messageId } = await outbox.send(digest);

    const [entry] = await outbox.list();
    expect(messageId).toMatch(/^<.+@tandem\.example\.org>$/);
    expect(messageId).toBe(entry?.headers['message-id']);
  });

  it('lists the newest email first', async () => {
    const outbox = outboxMailer(folder, FROM, steppingClock('2026-03-02T09:00:00.000Z'));

    await outbox.send({ ...digest, subject: 'First' });
    await outbox.send({ ...digest, subject: 'Second' });
    await outbox.send({ ...digest, subject: 'Third' });

    const entries = await outbox.list();
    expect(entries.map((e) => [e.subject, e.sentAt])).toEqual([
      ['Third', '2026-03-02T09:02:00.000Z'],
      ['Second', '2026-03-02T09:01:00.000Z'],
      ['First', '2026-03-02T09:00:00.000Z'],
    ]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const outbox = outboxMailer(join(root, 'never-created'), FROM);

    expect(await outbox.list()).toEqual([]);
  });

  it('lists nothing when the folder is empty', async () => {
    await mkdir(folder);
    const outbox = outboxMailer(folder, FROM);

    expect(await outbox.list()).toEqual([]);
  });

  it('sends a text and an html that name a local file as written, never reading the file', async () => {
    const secretPath = join(root, 's.txt');
    await writeFile(secretPath, 'TOP-SECRET-FILE-CONTENT');
    const outbox = outboxMailer(folder, FROM);

    await outbox.send({ ...digest, text: secretPath, html: `<img src="file://${secretPath}">` });

    const [entry] = await outbox.list();
    expect(entry?.raw).toContain(`\r\n\r\n${secretPath}\r\n`);
    expect(entry?.raw).not.toContain('TOP-SECRET-FILE-CONTENT');
    expect(entry?.raw).not.toContain(Buffer.from('TOP-SECRET-FILE-CONTENT').toString('base64'));
  });
});
