import { describe, expect, it } from 'vitest';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError, ServiceUnavailableError } from '#shared/errors/index.ts';
import { TRANSACTION_ATTEMPTS, cancellationOf, failWith, transactWrite } from './transact.ts';

const cancelled = (...codes: string[]) =>
  Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons: codes.map((Code) => ({ Code })) });

/** A client whose sends fail with `failures` in turn, then succeed; counts its calls. */
function clientFailing(...failures: unknown[]) {
  const client = { calls: 0, async send() {
    client.calls++;
    const failure = failures[client.calls - 1];
    if (failure) throw failure;
    return {};
  } };
  return client as typeof client & DynamoDBDocumentClient;
}

const item = { Put: { TableName: 't', Item: { pk: 'a', sk: 'b' } } };

describe('the cancellation decoder', () => {
  it('tells failed conditions apart from conflicts', () => {
    expect(cancellationOf(cancelled('None', 'TransactionConflict'))).toEqual({ conflict: true });
    expect(cancellationOf(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toEqual({ failed: [0] });
    expect(cancellationOf(cancelled('None', 'ConditionalCheckFailed', 'ConditionalCheckFailed'))).toEqual({ failed: [1, 2] });
    expect(cancellationOf(Object.assign(new Error('x'), { name: 'TransactionConflictException' }))).toEqual({ conflict: true });
    expect(cancellationOf(Object.assign(new Error('x'), { name: 'ThrottlingException' }))).toBeUndefined();
  });
});

describe('failWith', () => {
  it('throws the error of the first rule whose item failed, else the fallback', () => {
    const decode = failWith([[-1, () => new ConflictError('idempotency')], [2, () => new NotFoundError('case')], [0, () => new ConflictError('exists')]], () => new ConflictError('other'));
    expect(() => decode([0, 2])).toThrow(NotFoundError);
    expect(() => decode([0])).toThrow('exists');
    expect(() => decode([1])).toThrow('other');
  });
});

// DynamoDB Local serialises transactions and never reports TransactionConflict, so this path is injected.
describe('transactions cancelled by a concurrent one', () => {
  it('are sent again, and succeed when the conflict has passed', async () => {
    const doc = clientFailing(...Array.from({ length: TRANSACTION_ATTEMPTS - 1 }, () => cancelled('None', 'TransactionConflict')));
    expect(await transactWrite(doc, [item])).toEqual([]);
    expect(doc.calls).toBe(TRANSACTION_ATTEMPTS);
  });

  it('give 503 when the conflict outlasts the attempts', async () => {
    const doc = clientFailing(...Array.from({ length: TRANSACTION_ATTEMPTS }, () => cancelled('TransactionConflict')));
    await expect(transactWrite(doc, [item])).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(doc.calls).toBe(TRANSACTION_ATTEMPTS);
  });
});

describe('failed conditions', () => {
  it('go to the caller at once, without retrying', async () => {
    const doc = clientFailing(cancelled('None', 'ConditionalCheckFailed'));
    const run = transactWrite(doc, [item, item], { onConditionFailed: (failed) => { throw new Error(`conditions failed: ${failed.join(',')}`); } });
    await expect(run).rejects.toThrow('conditions failed: 1');
    expect(doc.calls).toBe(1);
  });

  it('come back as the result when the caller gave no decoder', async () => {
    const doc = clientFailing(cancelled('ConditionalCheckFailed', 'None'));
    expect(await transactWrite(doc, [item, item])).toEqual([0]);
  });
});

describe('other failures', () => {
  it('throttling is a 503, anything else passes unchanged', async () => {
    await expect(transactWrite(clientFailing(Object.assign(new Error('slow down'), { name: 'ThrottlingException' })), [item])).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(transactWrite(clientFailing(Object.assign(new Error('bad'), { name: 'ValidationException' })), [item])).rejects.toThrow('bad');
  });
});
