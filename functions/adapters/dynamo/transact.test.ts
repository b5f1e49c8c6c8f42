import { describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { TRANSACTION_ATTEMPTS, isTransactionConflict, transactWithRetry } from './transact.ts';

const cancelled = (...codes: string[]) =>
  Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons: codes.map((Code) => ({ Code })) });

const never = (failed: number[]): never => {
  throw new Error(`conditions failed: ${failed.join(',')}`);
};

// DynamoDB Local serialises transactions and never reports TransactionConflict, so this path is injected.
describe('transactions cancelled by a concurrent one', () => {
  it('are recognised apart from failed conditions', () => {
    expect(isTransactionConflict(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isTransactionConflict(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBe(false);
    expect(isTransactionConflict(cancelled('ConditionalCheckFailed'))).toBe(false);
  });

  it('are sent again, and succeed when the conflict has passed', async () => {
    let calls = 0;
    await transactWithRetry(async () => {
      calls++;
      if (calls < TRANSACTION_ATTEMPTS) throw cancelled('None', 'TransactionConflict');
    }, never);
    expect(calls).toBe(TRANSACTION_ATTEMPTS);
  });

  it('give 503 when the conflict outlasts the attempts', async () => {
    let calls = 0;
    const run = transactWithRetry(async () => {
      calls++;
      throw cancelled('TransactionConflict');
    }, never);
    await expect(run).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(calls).toBe(TRANSACTION_ATTEMPTS);
  });

  it('hand failed conditions to the caller at once, without retrying', async () => {
    let calls = 0;
    const run = transactWithRetry(async () => {
      calls++;
      throw cancelled('None', 'ConditionalCheckFailed');
    }, never);
    await expect(run).rejects.toThrow('conditions failed: 1');
    expect(calls).toBe(1);
  });
});
