/**
 * The production Mailer: Amazon SES `SendRawEmail` with the same MIME the
 * outbox keeps. The SES client and the MIME composer (nodemailer) are loaded
 * on first send only, so the web function's cold start does not pay for them
 * on requests that send nothing (they are chunks of their own in the bundle).
 */
import type { SESClient } from '@aws-sdk/client-ses';
import type { Mailer } from '#shared/ports/mailer.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { MailOutcomeUnknownError, MailThrottledError } from '#shared/mail/mail-errors.ts';

export interface SesSettings {
  from: string;
  region: string;
  configurationSet?: string;
  /** For tests against a local recorder; unset in production. */
  endpoint?: string;
  /**
   * The SDK's own tries per send (default 3). The digest sets 1: it retries
   * throttling itself, and must never have a timed-out send (possibly
   * delivered) retried blindly.
   */
  maxAttempts?: number;
}

const NETWORK_AFTER_SENDING = /^(ECONNRESET|EPIPE|ETIMEDOUT)$/;

/**
 * What SES's failure means for the message (see shared/mail/mail-errors.ts).
 * An answer from SES (an HTTP status) means it was refused; no answer after
 * the request went out means it may have been accepted.
 */
export function classifySesError(error: unknown): ServiceUnavailableError {
  const e = error as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (e?.name === 'Throttling' || e?.name === 'ThrottlingException' || /maximum sending rate exceeded/i.test(e?.message ?? '')) {
    return new MailThrottledError({ cause: error });
  }
  const answered = e?.$metadata?.httpStatusCode !== undefined;
  if (!answered && (e?.name === 'TimeoutError' || NETWORK_AFTER_SENDING.test(e?.code ?? '') || /socket hang up/i.test(e?.message ?? ''))) {
    return new MailOutcomeUnknownError({ cause: error });
  }
  // The caller learns only that mail is unavailable; the SDK error stays in the cause (for logs).
  return new ServiceUnavailableError('Email could not be sent; try again shortly.', { cause: error });
}

export function sesMailer(settings: SesSettings): Mailer {
  let client: Promise<{ client: SESClient; SendRawEmailCommand: typeof import('@aws-sdk/client-ses').SendRawEmailCommand }> | undefined;
  const load = () =>
    (client ??= import('@aws-sdk/client-ses').then(({ SESClient, SendRawEmailCommand }) => ({
      client: new SESClient({
        region: settings.region,
        ...(settings.endpoint
          ? { endpoint: settings.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
          : {}),
        ...(settings.maxAttempts ? { maxAttempts: settings.maxAttempts } : {}),
      }),
      SendRawEmailCommand,
    })));

  return {
    async send(email) {
      const { buildMime } = await import('./mime.ts');
      const raw = await buildMime(settings.from, email);
      const { client: ses, SendRawEmailCommand } = await load();
      try {
        const result = await ses.send(
          new SendRawEmailCommand({
            RawMessage: { Data: raw },
            ...(settings.configurationSet ? { ConfigurationSetName: settings.configurationSet } : {}),
          }),
        );
        return { messageId: result.MessageId ?? '' };
      } catch (error) {
        throw classifySesError(error);
      }
    },
  };
}
