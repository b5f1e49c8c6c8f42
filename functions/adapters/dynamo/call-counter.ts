/**
 * Counts DynamoDB calls, by command name, with Scans apart: the request
 * budget (docs/architecture.md: at most 3 calls per page or API call, 0 Scans)
 * is measured by this, not estimated. An SDK middleware sees every command
 * once, before the retry step, so a retried call counts once. Scopes live in
 * AsyncLocalStorage, so each request (or each measurement) gets its own tally
 * while calls made concurrently by other requests stay out of it; a call is
 * counted in every enclosing scope and in the running total.
 *
 * @example
 *   const counter = createCallCounter();
 *   const doc = createDocumentClient({ region, endpoint }, { counter });
 *   const { tally } = await counter.measure(() => app.request('/cases'));
 *   tally.calls; // 2
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** One call as the SDK serialised it (low-level input, attribute values marshalled). */
export interface RecordedCall {
  command: string;
  input: Record<string, unknown>;
}

export interface CallTally {
  calls: number;
  scans: number;
  /** e.g. { GetItemCommand: 1, QueryCommand: 1 } */
  byCommand: Record<string, number>;
  /** Only when the scope asked to record (benchmarks replay these). */
  recorded?: RecordedCall[];
}

export interface CallCounter {
  /** Adds the counting middleware to a client (the document client shares its stack). */
  attach(client: Pick<DynamoDBClient, 'middlewareStack'>): void;
  /** Runs `fn` in a scope of its own: one request. */
  scope<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` in a scope of its own and returns what it counted. */
  measure<T>(fn: () => Promise<T>, options?: { record?: boolean }): Promise<{ result: T; tally: CallTally }>;
  /** The innermost scope's tally, or undefined outside any scope. */
  current(): CallTally | undefined;
  /** For the request log line: counts only, never keys or values. */
  fields(): { dynamoCalls: number; dynamoScans: number } | undefined;
  /** Everything counted since creation (or the last reset), in or out of scopes. */
  readonly total: CallTally;
  reset(): void;
}

interface Scope {
  tally: CallTally;
  parent: Scope | undefined;
}

const emptyTally = (record = false): CallTally => ({ calls: 0, scans: 0, byCommand: {}, ...(record ? { recorded: [] } : {}) });

const MIDDLEWARE_NAME = 'tandemCallCounter';

export function createCallCounter(): CallCounter {
  const storage = new AsyncLocalStorage<Scope>();
  let total = emptyTally();

  const count = (tally: CallTally, command: string, input: unknown) => {
    tally.calls += 1;
    if (command === 'ScanCommand') tally.scans += 1;
    tally.byCommand[command] = (tally.byCommand[command] ?? 0) + 1;
    tally.recorded?.push({ command, input: structuredClone(input) as Record<string, unknown> });
  };

  const run = <T>(tally: CallTally, fn: () => Promise<T>) => storage.run({ tally, parent: storage.getStore() }, fn);

  return {
    attach(client) {
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const command = context.commandName ?? 'UnknownCommand';
          count(total, command, undefined);
          for (let scope = storage.getStore(); scope; scope = scope.parent) count(scope.tally, command, args.input);
          return next(args);
        },
        // After serialisation (the document client marshals just before it), before the retry step.
        { step: 'serialize', priority: 'low', name: MIDDLEWARE_NAME, override: true },
      );
    },
    scope: (fn) => run(emptyTally(), fn),
    async measure(fn, options = {}) {
      const tally = emptyTally(options.record);
      const result = await run(tally, fn);
      return { result, tally };
    },
    current: () => storage.getStore()?.tally,
    fields() {
      const tally = storage.getStore()?.tally;
      return tally ? { dynamoCalls: tally.calls, dynamoScans: tally.scans } : undefined;
    },
    get total() {
      return total;
    },
    reset() {
      total = emptyTally();
    },
  };
}
