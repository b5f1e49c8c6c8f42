/**
 * The local stand-in for SES receiving: a real SMTP server (nodemailer's smtp-server) on 127.0.0.1
 * that accepts mail to the intake address only and hands each whole message to the same parsing
 * code the intake Lambda runs. Loopback only, so no TLS and no authentication: nothing outside this
 * machine can reach it. Its own logger is off: SMTP transcripts name senders and recipients.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { Logger } from '#shared/ports/logger.ts';

/** A message as large as SES receives (40 MB): base64 makes a 10 MB file about 13.5 MB. */
export const SMTP_MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface SmtpIntakeOptions {
  /** 0 picks a free port (the tests). */
  port: number;
  /** The one address mail is accepted for (compared without regard to case). */
  address: string;
  /** Receives each whole message; a rejection makes the sender retry later (451). */
  deliver: (raw: Uint8Array) => Promise<unknown>;
  log: Logger;
  maxBytes?: number;
}

export interface SmtpIntake {
  port: number;
  close(): Promise<void>;
}

/** An SMTP answer with its code, as smtp-server reads it from the error. */
const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function startSmtpIntake(options: SmtpIntakeOptions): Promise<SmtpIntake> {
  const wanted = options.address.toLowerCase();
  const server = new SMTPServer({
    name: 'tandem.localhost',
    size: options.maxBytes ?? SMTP_MAX_MESSAGE_BYTES,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase() === wanted) return callback();
      callback(smtpError('No such mailbox here', 550));
    },
    onData(stream, _session, callback) {
      readAll(stream).then(async (raw) => {
        if (stream.sizeExceeded) return callback(smtpError('Message too large', 552));
        try {
          await options.deliver(raw);
          callback();
        } catch (error) {
          // The kind of failure only: the message itself is never written to a log.
          options.log.error('intake email not stored', { error: error instanceof Error ? error.name : 'unknown' });
          callback(smtpError('Could not store the report now; try again later', 451));
        }
      }, () => callback(smtpError('Could not read the message', 451)));
    },
  });
  server.on('error', (error) => options.log.error('smtp listener error', { error: error.name }));
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve({
        port: (server.server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
