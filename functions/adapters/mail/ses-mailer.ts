/**
 * The production Mailer: Amazon SES `SendRawEmail` with the same MIME the
 * outbox keeps. The SES client is loaded on first send only, so the web
 * function's cold start does not pay for it on requests that send nothing.
 */
import type { SESClient } from '@aws-sdk/client-ses';
import type { Mailer } from '#shared/ports/mailer.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { buildMime } from './mime.ts';

export interface SesSettings {
  from: string;
  region: string;
  configurationSet?: string;
  /** For tests against a local recorder; unset in production. */
  endpoint?: string;
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
      }),
      SendRawEmailCommand,
    })));

  return {
    async send(email) {
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
        // The caller learns only that mail is unavailable; the SDK error stays in the cause (for logs).
        throw new ServiceUnavailableError('Email could not be sent; try again shortly.', { cause: error });
      }
    },
  };
}
