/**
 * Sign-in links on AWS: the web function invokes the sign-in link function
 * asynchronously (`InvocationType: 'Event'`), for every well-formed request
 * whether or not the address is a member's, and answers at once. Lambda
 * retries a failed send twice, then the request lands in a dead-letter queue.
 * The Lambda client is loaded on first use only.
 */
import type { SignInLinkQueue } from '#shared/auth/sign-in-links.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';

export interface LambdaSignInLinksSettings {
  functionName: string;
  region: string;
  /** For tests against a local recorder; unset in production. */
  endpoint?: string;
}

export function lambdaSignInLinks(settings: LambdaSignInLinksSettings): SignInLinkQueue {
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
    async enqueue(request) {
      const { client, InvokeCommand } = await load();
      try {
        const answer = await client.send(new InvokeCommand({
          FunctionName: settings.functionName,
          InvocationType: 'Event',
          Payload: Buffer.from(JSON.stringify(request)),
        }));
        if (answer.StatusCode !== 202) throw new Error(`Invoke answered ${answer.StatusCode}`);
      } catch (error) {
        throw new ServiceUnavailableError('Sign-in is unavailable for a moment; try again shortly.', { cause: error });
      }
    },
  };
}
