/**
 * TransactWriteItems with the one retry DynamoDB asks for: a transaction
 * cancelled only because another transaction touched the same item (many
 * MPs pledging on one case at once) wrote nothing and can be sent again.
 * A failed condition goes to the caller, who knows what it meant.
 */
import { failedConditions, errorName, rethrowTransient } from './errors.ts';

export type TransactItem = Record<string, unknown>;

/** Attempts in all, for a transaction cancelled by a concurrent one. */
export const TRANSACTION_ATTEMPTS = 3;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** True when a cancellation was caused by concurrent transactions only (no condition failed). */
export function isTransactionConflict(error: unknown): boolean {
  if (errorName(error) === 'TransactionConflictException') return true;
  if (errorName(error) !== 'TransactionCanceledException') return false;
  const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
  return reasons.some((r) => r.Code === 'TransactionConflict') && !reasons.some((r) => r.Code === 'ConditionalCheckFailed');
}

/**
 * Sends a transaction, retrying conflicts with jittered backoff.
 * `onFailed` receives the indexes of the items whose condition failed.
 */
export async function transactWithRetry(send: () => Promise<unknown>, onFailed: (failed: number[]) => never): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send();
      return;
    } catch (error) {
      if (isTransactionConflict(error) && attempt < TRANSACTION_ATTEMPTS) {
        await sleep(20 * attempt + Math.random() * 30);
        continue;
      }
      const failed = failedConditions(error);
      if (failed) onFailed(failed);
      rethrowTransient(error);
    }
  }
}
