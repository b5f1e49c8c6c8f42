/**
 * Hands work to another Lambda function without waiting for it: an
 * asynchronous invocation (`InvocationType: 'Event'`), which Lambda queues,
 * retries and sends to the function's dead-letter queue on failure. The
 * Lambda client is loaded on first use only: most requests never need it.
 * Used by "send the week's digest now" and by sign-in links.
 */
import { ServiceUnavailableError } from '#shared/errors/index.ts';

export interface AsyncInvokeSettings {
  functionName: string;
  region: string;
  /** For tests against a local recorder; unset in production. */
  endpoint?: string;
}

/** A function that invokes `settings.functionName` with a JSON payload, or throws a 503 saying `unavailable`. */
export function asyncInvoker(settings: AsyncInvokeSettings, unavailable: string): (payload: unknown) => Promise<void> {
  let loaded: Promise<typeof import('@aws-sdk/client-lambda') & { client: import('@aws-sdk/client-lambda').LambdaClient }> | undefined;
  const load = () =>
    (loaded ??= import('@aws-sdk/client-lambda').then((sdk) => ({
      ...sdk,
      client: new sdk.LambdaClient({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      }),
    })));

  return async (payload) => {
    const { client, InvokeCommand } = await load();
    try {
      const answer = await client.send(new InvokeCommand({
        FunctionName: settings.functionName,
        InvocationType: 'Event',
        Payload: Buffer.from(JSON.stringify(payload)),
      }));
      if (answer.StatusCode !== 202) throw new Error(`Invoke answered ${answer.StatusCode}`);
    } catch (error) {
      throw new ServiceUnavailableError(unavailable, { cause: error });
    }
  };
}
