/**
 * The SES adapter against a local recorder that speaks the SES v1 Query
 * protocol: the AWS SDK posts a form-encoded body to it, the recorder keeps
 * the body and answers with the XML that SES would send back.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import type { OutgoingEmail } from '#shared/ports/mailer.ts';
import { MailOutcomeUnknownError, MailThrottledError } from '#shared/mail/mail-errors.ts';
import { composeDigest } from '#shared/digests/compose.ts';
import { DEFAULT_PREFERENCES } from '#shared/digests/preferences.ts';
import { digestEmail, renderDigest } from '#shared/digests/render.ts';
import * as defenderFixtures from '#shared/digests/testing/fixtures.ts';
import { parseHeaders } from './mime.ts';
import { classifySesError, sesMailer } from './ses-mailer.ts';

interface RecordedRequest {
  method: string;
  contentType: string;
  form: URLSearchParams;
}

interface Reply {
  status: number;
  xml: string;
}

/** The recorder refuses (non-retryably) anything past this, so a runaway client cannot loop. */
const MAX_REQUESTS = 20;

const SES_NS = 'http://ses.amazonaws.com/doc/2010-12-01/';

function sentReply(messageId: string): Reply {
  return {
    status: 200,
    xml:
      `<SendRawEmailResponse xmlns="${SES_NS}">` +
      `<SendRawEmailResult><MessageId>${messageId}</MessageId></SendRawEmailResult>` +
      `<ResponseMetadata><RequestId>e0abcdfa-0000-4000-8000-000000000001</RequestId></ResponseMetadata>` +
      `</SendRawEmailResponse>`,
  };
}

function errorReply(status: number, code: string, message: string): Reply {
  return {
    status,
    xml:
      `<ErrorResponse xmlns="${SES_NS}">` +
      `<Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>` +
      `<RequestId>e0abcdfa-0000-4000-8000-000000000002</RequestId>` +
      `</ErrorResponse>`,
  };
}

let server: Server;
let endpoint: string;
let totalRequests = 0;
let recorded: RecordedRequest[] = [];
let reply: Reply = sentReply('unused');

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      totalRequests += 1;
      const answer =
        totalRequests > MAX_REQUESTS ? errorReply(400, 'MessageRejected', 'Recorder request limit reached.') : reply;
      recorded.push({
        method: req.method ?? '',
        contentType: req.headers['content-type'] ?? '',
        form: new URLSearchParams(Buffer.concat(chunks).toString('utf8')),
      });
      res.writeHead(answer.status, { 'content-type': 'text/xml' });
      res.end(answer.xml);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  recorded = [];
  reply = sentReply('unused');
});

const FROM = 'Tandem <noreply@tandem.example.org>';

function mailer(configurationSet?: string) {
  return sesMailer({ from: FROM, region: 'eu-west-1', endpoint, ...(configurationSet ? { configurationSet } : {}) });
}

const digest: OutgoingEmail = {
  to: 'mp@parliament.example.org',
  subject: 'Weekly digest',
  text: 'Two defenders need a sponsor.',
  html: '<p>Two defenders need a sponsor.</p>',
};

/** The one request the recorder got, failing loudly if there were more or none. */
function onlyRequest(): RecordedRequest {
  expect(recorded).toHaveLength(1);
  return recorded[0]!;
}

/** The raw MIME message carried in a SendRawEmail request. */
function rawMessage(request: RecordedRequest): string {
  return Buffer.from(request.form.get('RawMessage.Data') ?? '', 'base64').toString('utf8');
}

/** Decodes runs of RFC 2047 encoded-words (Q or B, UTF-8), joining adjacent words' bytes. */
function decodeEncodedWords(value: string): string {
  const word = /=\?utf-8\?([qb])\?([^?]*)\?=/gi;
  const run = /=\?utf-8\?[qb]\?[^?]*\?=(?:\s+=\?utf-8\?[qb]\?[^?]*\?=)*/gi;
  return value.replace(run, (words) =>
    Buffer.concat(
      [...words.matchAll(word)].map(([, encoding, text = '']) =>
        encoding!.toLowerCase() === 'b'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            ),
      ),
    ).toString('utf8'),
  );
}

/** The parts of a multipart message: each part's headers and body. */
function mimeParts(raw: string): { headers: Record<string, string>; body: string }[] {
  const boundary = /boundary="?([^";]+)"?/.exec(parseHeaders(raw)['content-type'] ?? '')?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
      return { headers: parseHeaders(`${head}\r\n\r\n`), body: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
    });
}

/** The error a send rejects with; a send that succeeds fails the test. */
function failureOf(sending: Promise<unknown>): Promise<Error> {
  return sending.then(
    () => {
      throw new Error('expected the send to fail, but it succeeded');
    },
    (error: Error) => error,
  );
}

describe('SES mailer', () => {
  it('posts a SendRawEmail action as a form-encoded body', async () => {
    reply = sentReply('0102018f-digest');

    await mailer().send(digest);

    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.contentType).toContain('application/x-www-form-urlencoded');
    expect(request.form.get('Action')).toBe('SendRawEmail');
  });

  it('returns the MessageId that SES answers with', async () => {
    reply = sentReply('0102018f-2c7a5b1e-6d3f-4a8b-9c0d-1e2f3a4b5c6d-000000');

    const result = await mailer().send(digest);

    expect(result).toEqual({ messageId: '0102018f-2c7a5b1e-6d3f-4a8b-9c0d-1e2f3a4b5c6d-000000' });
  });

  it('sends the configured From and the recipient in the raw message', async () => {
    await mailer().send(digest);

    const headers = parseHeaders(rawMessage(onlyRequest()));
    expect(headers.from).toBe(FROM);
    expect(headers.to).toBe('mp@parliament.example.org');
  });

  it('encodes a non-ASCII subject as 7-bit encoded-words that decode to the original', async () => {
    await mailer().send({ ...digest, subject: 'Défenseure — mise à jour' });

    const subject = parseHeaders(rawMessage(onlyRequest())).subject ?? '';
    expect(subject).toMatch(/^[\x20-\x7e]+$/);
    expect(decodeEncodedWords(subject)).toBe('Défenseure — mise à jour');
  });

  it('sends the text and the html as alternative parts', async () => {
    await mailer().send(digest);

    const raw = rawMessage(onlyRequest());
    expect(parseHeaders(raw)['content-type']).toMatch(/^multipart\/alternative;/);
    expect(mimeParts(raw).map((part) => [part.headers['content-type'], part.body])).toEqual([
      ['text/plain; charset=utf-8', 'Two defenders need a sponsor.'],
      ['text/html; charset=utf-8', '<p>Two defenders need a sponsor.</p>'],
    ]);
  });

  it('adds the custom headers, such as one-click List-Unsubscribe', async () => {
    await mailer().send({
      ...digest,
      headers: {
        'List-Unsubscribe': '<https://example.org/u/abc>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });

    const headers = parseHeaders(rawMessage(onlyRequest()));
    expect(headers['list-unsubscribe']).toBe('<https://example.org/u/abc>');
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('breaks every line with CRLF, even inside a multi-line body', async () => {
    await mailer().send({ ...digest, text: 'Case 1: detained\nCase 2: released\n', html: '<p>Case 1</p>\n<p>Case 2</p>' });

    const raw = rawMessage(onlyRequest());
    expect(raw).toContain('Case 1: detained\r\nCase 2: released');
    expect(raw).not.toMatch(/(?<!\r)\n/);
  });

  it('names the configuration set when one is configured', async () => {
    await mailer('tandem-digests').send(digest);

    expect(onlyRequest().form.get('ConfigurationSetName')).toBe('tandem-digests');
  });

  it('names no configuration set when none is configured', async () => {
    await mailer().send(digest);

    expect(onlyRequest().form.has('ConfigurationSetName')).toBe(false);
  });

  it('turns a rejected message into ServiceUnavailableError without the SES wording', async () => {
    reply = errorReply(400, 'MessageRejected', 'Email address is not verified: mp@parliament.example.org');

    const error = await failureOf(mailer().send(digest));

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).not.toMatch(/not verified|MessageRejected|parliament\.example\.org/);
  });

  it('turns persistent throttling into ServiceUnavailableError after a bounded number of attempts', async () => {
    reply = errorReply(400, 'Throttling', 'Maximum sending rate exceeded.');

    const error = await failureOf(mailer().send(digest));

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).not.toContain('Maximum sending rate exceeded');
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(recorded.length).toBeLessThanOrEqual(3);
  });
});

describe('SES mailer, weekly digest', () => {
  it("carries a real digest's raw MIME in SendRawEmail, with both one-click unsubscribe headers", async () => {
    const member = defenderFixtures.member('mp', { name: 'Maren Olsen' });
    const c = defenderFixtures.defenderCase({ defenderName: 'Ana Lucía Restrepo', createdAt: defenderFixtures.DURING });
    const digest = composeDigest(member, { ...DEFAULT_PREFERENCES, countries: ['CO'] }, defenderFixtures.inputs([c]), defenderFixtures.WINDOW);
    const link = 'https://tandem.example.org/unsubscribe/6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f.c2lnbmF0dXJl';
    const email = digestEmail(member.email, renderDigest(digest, { language: 'en', appUrl: 'https://tandem.example.org', unsubscribeUrl: link }), { language: 'en', unsubscribeUrl: link });

    await mailer('tandem-digests').send(email);

    const request = onlyRequest();
    expect(request.form.get('Action')).toBe('SendRawEmail');
    const raw = rawMessage(request);
    const headers = parseHeaders(raw);
    expect(headers['list-unsubscribe']).toBe(`<${link}>`);
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(headers.to).toBe(member.email);
    expect(mimeParts(raw).map((p) => p.headers['content-type'])).toEqual(['text/plain; charset=utf-8', 'text/html; charset=utf-8']);
    expect(request.form.get('ConfigurationSetName')).toBe('tandem-digests');
  });

  it('reports SES throttling as MailThrottledError, so the digest retries it', async () => {
    reply = errorReply(400, 'Throttling', 'Maximum sending rate exceeded.');
    expect(await failureOf(sesMailer({ from: FROM, region: 'eu-west-1', endpoint, maxAttempts: 1 }).send(digest))).toBeInstanceOf(MailThrottledError);
    expect(recorded).toHaveLength(1);
  });

  it('reports a refusal as not sent, and a lost answer as an unknown outcome', () => {
    const refused = Object.assign(new Error('Email address is not verified'), { name: 'MessageRejected', $metadata: { httpStatusCode: 400 } });
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    const refusedAtConnect = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifySesError(refused)).not.toBeInstanceOf(MailOutcomeUnknownError);
    expect(classifySesError(refusedAtConnect)).not.toBeInstanceOf(MailOutcomeUnknownError);
    expect(classifySesError(reset)).toBeInstanceOf(MailOutcomeUnknownError);
    expect(classifySesError(timeout)).toBeInstanceOf(MailOutcomeUnknownError);
  });
});
