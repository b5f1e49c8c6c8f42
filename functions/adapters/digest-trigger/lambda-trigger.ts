/**
 * "Send the week's digest now" on AWS: the web function invokes the digest
 * function asynchronously (`InvocationType: 'Event'`) and answers at once;
 * the run's outcome lands in its run record. The Lambda client is loaded on
 * first use only: most requests never need it.
 */
import type { DigestTrigger } from '#shared/digests/digest-trigger.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';

export interface LambdaTriggerSettings {
  functionName: string;
  region: string;
  /** For tests against a local recorder; unset in production. */
  endpoint?: string;
}

export function lambdaDigestTrigger(settings: LambdaTriggerSettings): DigestTrigger {
  let loaded: Promise<typeof import('@aws-sdk/client-lambda') & { client: import('@aws-sdk/client-lambda').LambdaClient }> | undefined;
  const load = () =>
    (loaded ??= import('@aws-sdk/client-lambda').then((sdk) => ({
      ...sdk,
      client: new sdk.LambdaClient({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      }),
    })));

  return {
    async start(request) {
      const { client, InvokeCommand } = await load();
      try {
        const answer = await client.send(new InvokeCommand({
          FunctionName: settings.functionName,
          InvocationType: 'Event',
          Payload: Buffer.from(JSON.stringify(request)),
        }));
        if (answer.StatusCode !== 202) throw new Error(`Invoke answered ${answer.StatusCode}`);
      } catch (error) {
        throw new ServiceUnavailableError('The digest could not be started; try again shortly.', { cause: error });
      }
    },
  };
}
