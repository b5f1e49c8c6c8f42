/**
 * Translates DynamoDB failures into the core's errors. Throttling and service
 * faults become ServiceUnavailableError (503, retry later); a failed condition
 * is left to the caller to interpret, since only it knows what it meant (a
 * transaction's cancellation reasons: transact.ts, the one place that reads them).
 */
import { ServiceUnavailableError } from '#shared/errors/index.ts';

const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded',
  'InternalServerError', 'ServiceUnavailable', 'TransactionConflictException',
]);

export const errorName = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'name' in error ? String(error.name) : undefined;

export const isConditionFailure = (error: unknown): boolean => errorName(error) === 'ConditionalCheckFailedException';

/**
 * Re-throws `error` as a 503 when DynamoDB is throttling, failing or
 * unreachable (after the SDK's own retries), unchanged otherwise.
 */
export function rethrowTransient(error: unknown): never {
  const e = error as { $retryable?: unknown; $metadata?: { httpStatusCode?: number }; code?: string };
  const serverSide = (e?.$metadata?.httpStatusCode ?? 0) >= 500;
  const network = typeof e?.code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)$/.test(e.code);
  if (TRANSIENT.has(errorName(error) ?? '') || e?.$retryable || serverSide || network || errorName(error) === 'TimeoutError') {
    throw new ServiceUnavailableError(undefined, { cause: error });
  }
  throw error;
}

/** Runs one DynamoDB call, turning transient failures into 503s. */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    rethrowTransient(error);
  }
}
