/**
 * The Lambda DigestTrigger against a local recorder speaking the Lambda
 * Invoke API: the SDK's request must be an asynchronous invocation
 * (`X-Amz-Invocation-Type: Event`) of the configured function carrying the
 * run request as its payload.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { startInvokeRecorder, type InvokeRecorder } from '../lambda-invoke/invoke-recorder.ts';
import { lambdaDigestTrigger } from './lambda-trigger.ts';

let lambda: InvokeRecorder;
beforeAll(async () => { lambda = await startInvokeRecorder(); });
afterAll(() => lambda.close());
beforeEach(() => lambda.reset());

describe('Lambda digest trigger', () => {
  it('invokes the digest function asynchronously with the run request as payload', async () => {
    const trigger = lambdaDigestTrigger({ functionName: 'tandem-digest', region: 'eu-west-1', endpoint: lambda.endpoint });

    await trigger.start({ week: '2026-W48', trigger: 'coordinator', requestedBy: '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f' });

    expect(lambda.recorded).toHaveLength(1);
    expect(lambda.recorded[0]).toMatchObject({ method: 'POST', path: '/2015-03-31/functions/tandem-digest/invocations', invocationType: 'Event' });
    expect(JSON.parse(lambda.recorded[0]!.body)).toEqual({ week: '2026-W48', trigger: 'coordinator', requestedBy: '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f' });
  });

  it('reports a failed invocation as ServiceUnavailableError, without the service wording', async () => {
    lambda.status = 400;
    const trigger = lambdaDigestTrigger({ functionName: 'tandem-digest', region: 'eu-west-1', endpoint: lambda.endpoint });

    const error = await trigger.start({ week: '2026-W48', trigger: 'coordinator' }).then(() => undefined, (e: Error) => e);

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error?.message).not.toContain('injected');
  });
});
