/**
 * The Lambda notification queue against a local recorder speaking the Lambda
 * Invoke API: each event is an asynchronous invocation (`Event`) of the
 * configured function carrying the event's ids, nothing else.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { startInvokeRecorder, type InvokeRecorder } from '../lambda-invoke/invoke-recorder.ts';
import { lambdaNotifications } from './lambda-invoke.ts';

let lambda: InvokeRecorder;
beforeAll(async () => { lambda = await startInvokeRecorder(); });
afterAll(() => lambda.close());
beforeEach(() => lambda.reset());

const event = { kind: 'newRequest' as const, caseId: '0b3c8f6e-1d2a-4c5b-9e8f-7a6b5c4d3e2f', requestId: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716' };

describe('Lambda notification queue', () => {
  it('invokes the notifications function asynchronously with the event', async () => {
    await lambdaNotifications({ functionName: 'tandem-notifications', region: 'eu-west-1', endpoint: lambda.endpoint }).enqueue(event);
    expect(lambda.recorded).toHaveLength(1);
    expect(lambda.recorded[0]).toMatchObject({ path: '/2015-03-31/functions/tandem-notifications/invocations', invocationType: 'Event' });
    expect(JSON.parse(lambda.recorded[0]!.body)).toEqual(event);
  });

  it('reports a failed invocation as ServiceUnavailableError', async () => {
    lambda.status = 400;
    const queue = lambdaNotifications({ functionName: 'tandem-notifications', region: 'eu-west-1', endpoint: lambda.endpoint });
    expect(await queue.enqueue(event).then(() => undefined, (e: Error) => e)).toBeInstanceOf(ServiceUnavailableError);
  });
});
