/**
 * The Lambda sign-in link queue against a local recorder speaking the Lambda
 * Invoke API: each request is an asynchronous invocation (`Event`) of the
 * configured function carrying the address and the client, and a failed
 * invocation is a 503 that says nothing of the service.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { startInvokeRecorder, type InvokeRecorder } from '../lambda-invoke/invoke-recorder.ts';
import { lambdaSignInLinks } from './lambda-invoke.ts';

let lambda: InvokeRecorder;
beforeAll(async () => { lambda = await startInvokeRecorder(); });
afterAll(() => lambda.close());
beforeEach(() => lambda.reset());

describe('Lambda sign-in link queue', () => {
  it('invokes the sign-in link function asynchronously with the address and the client', async () => {
    const queue = lambdaSignInLinks({ functionName: 'tandem-sign-in-links', region: 'eu-west-1', endpoint: lambda.endpoint });
    await queue.enqueue({ email: 'mp@example.org', client: '203.0.113.9' });
    expect(lambda.recorded).toHaveLength(1);
    expect(lambda.recorded[0]).toMatchObject({ path: '/2015-03-31/functions/tandem-sign-in-links/invocations', invocationType: 'Event' });
    expect(JSON.parse(lambda.recorded[0]!.body)).toEqual({ email: 'mp@example.org', client: '203.0.113.9' });
  });

  it('reports a failed invocation as ServiceUnavailableError, without the service wording', async () => {
    lambda.status = 400;
    const queue = lambdaSignInLinks({ functionName: 'tandem-sign-in-links', region: 'eu-west-1', endpoint: lambda.endpoint });
    const error = await queue.enqueue({ email: 'mp@example.org', client: '203.0.113.9' }).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error?.message).not.toContain('injected');
  });
});
