/**
 * Every TransactWriteItems of the adapter goes through `transactWrite`, so each
 * one gets the same answers to the same failures:
 * - cancelled only because another transaction touched the same item (many MPs
 *   pledging on one case at once): nothing was written, it is sent again, with
 *   jittered backoff, up to TRANSACTION_ATTEMPTS times, then 503;
 * - throttled, failing or unreachable DynamoDB: 503 (rethrowTransient);
 * - a failed condition: the indexes of the items whose condition failed go to
 *   the caller, who alone knows what they meant (`failWith` maps them to the
 *   caller's domain error), or come back as the result.
 */
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { errorName, rethrowTransient } from './errors.ts';

export type TransactItem = Record<string, unknown>;

/** Attempts in all, for a transaction cancelled by a concurrent one. */
export const TRANSACTION_ATTEMPTS = 3;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Why a transaction was cancelled: the items whose condition failed, or a conflict with another transaction only. */
export type Cancellation = { failed: number[] } | { conflict: true };

/**
 * The one decoder of a cancelled transaction's reasons. Undefined when the
 * error is not a cancellation (throttling, network: the caller's rethrowTransient).
 * A cancellation where no condition failed (a conflict, or a reason DynamoDB
 * adds later) wrote nothing and can be sent again.
 */
export function cancellationOf(error: unknown): Cancellation | undefined {
  if (errorName(error) === 'TransactionConflictException') return { conflict: true };
  if (errorName(error) !== 'TransactionCanceledException') return undefined;
  const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
  const failed = reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [i] : []));
  return failed.length > 0 ? { failed } : { conflict: true };
}

export interface TransactOptions {
  /** Receives the indexes of the items whose condition failed and throws the caller's error. */
  onConditionFailed?: (failed: number[]) => never;
}

/**
 * Sends `items` in one transaction. Resolves to [] when written; when a
 * condition failed, calls `onConditionFailed` if given (which throws), else
 * resolves to the indexes of the failed items.
 */
export async function transactWrite(
  doc: DynamoDBDocumentClient,
  items: readonly TransactItem[],
  options: TransactOptions = {},
): Promise<number[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      await doc.send(new TransactWriteCommand({ TransactItems: items as never }));
      return [];
    } catch (error) {
      const cancellation = cancellationOf(error);
      if (cancellation === undefined) rethrowTransient(error);
      if ('failed' in cancellation) {
        options.onConditionFailed?.(cancellation.failed);
        return cancellation.failed;
      }
      if (attempt >= TRANSACTION_ATTEMPTS) throw new ServiceUnavailableError(undefined, { cause: error });
      await sleep(20 * attempt + Math.random() * 30);
    }
  }
}

/**
 * An `onConditionFailed` from rules in order of precedence: the first rule whose
 * item failed gives the error, `otherwise` when none did. An index of -1 (an
 * item not sent, such as an absent idempotency claim) never matches.
 *
 * @example
 *   onConditionFailed: failWith([[claimIndex, () => new ConflictError('idempotency')]], () => new PreconditionFailedError())
 */
export function failWith(rules: ReadonlyArray<readonly [index: number, error: () => Error]>, otherwise: () => Error) {
  return (failed: number[]): never => {
    const rule = rules.find(([index]) => failed.includes(index));
    throw (rule ? rule[1] : otherwise)();
  };
}
