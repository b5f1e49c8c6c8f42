/**
 * DynamoDB Streams on one machine: `npm start` reads DynamoDB Local's stream
 * of the table and hands every record, in order per shard, to the same
 * coverage aggregator the Lambda runs. Shards are found again on every pass
 * (DynamoDB Local closes shards and opens their children as AWS does); a
 * shard is read from its trim horizon, since records applied before are
 * recognised by their markers and change nothing. A record that fails is read
 * again on the next pass, from its own sequence number. `stop()` waits for
 * the pass in hand, so nothing is left half applied at shutdown.
 */
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type GetRecordsCommandOutput, type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { Logger } from '#shared/ports/logger.ts';
import type { StreamRecordLike } from '../adapters/dynamo/coverage-aggregator.ts';
import type { StreamConsumer } from '../adapters/dynamo/table-stream.ts';

export interface StreamPollerOptions {
  endpoint: string;
  region: string;
  table: string;
  /** The coverage aggregator and the home projector (functions/adapters/dynamo/table-stream.ts). */
  aggregator: StreamConsumer;
  log: Logger;
  /** Pause between passes that found nothing. @default 250 */
  idleMs?: number;
}

export interface StreamPoller {
  /** One pass over every shard; returns how many records it read. */
  pass(): Promise<number>;
  /** Passes until one reads nothing: every write made before the call is applied. */
  drain(): Promise<void>;
  /** Keeps passing every `idleMs` until `stop()`. */
  start(): void;
  stop(): Promise<void>;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function streamPoller(options: StreamPollerOptions): StreamPoller {
  const settings = { endpoint: options.endpoint, region: options.region, credentials: LOCAL_CREDENTIALS };
  const dynamo = new DynamoDBClient(settings);
  const streams = new DynamoDBStreamsClient(settings);
  /** Next iterator per shard; null once a closed shard is read to its end. */
  const iterators = new Map<string, string | null>();
  let streamArn: string | undefined;
  let stopped = false;
  let loop: Promise<void> | undefined;
  let inPass: Promise<number> | undefined;

  async function shards(): Promise<Shard[]> {
    streamArn ??= (await dynamo.send(new DescribeTableCommand({ TableName: options.table }))).Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`The table ${options.table} has no stream.`);
    const found: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      found.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return found;
  }

  async function readShard(shardId: string): Promise<number> {
    let iterator = iterators.get(shardId);
    if (iterator === null) return 0;
    iterator ??= (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
    let read = 0;
    while (iterator) {
      const page: GetRecordsCommandOutput = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      const records = (page.Records ?? []) as StreamRecordLike[];
      const outcome = await options.aggregator.applyInOrder(records);
      if (outcome.failedAt !== undefined) {
        const failed = records[outcome.failedAt]!;
        options.log.error('coverage.failed', { shardId, error: outcome.error instanceof Error ? outcome.error.name : 'unknown' });
        // Read again from the failed record next pass.
        const again = await streams.send(new GetShardIteratorCommand({
          StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: failed.dynamodb?.SequenceNumber,
        }));
        iterators.set(shardId, again.ShardIterator ?? null);
        return read + outcome.failedAt;
      }
      read += records.length;
      iterator = page.NextShardIterator;
      iterators.set(shardId, iterator ?? null);
      if (records.length === 0) break;
    }
    return read;
  }

  async function pass(): Promise<number> {
    const all = await shards();
    const finished = (id: string | undefined) => !id || !all.some((s) => s.ShardId === id) || iterators.get(id) === null;
    let read = 0;
    // A child shard is read once its parent is read to its end, so a case's changes stay in order.
    for (const shard of all) {
      if (!shard.ShardId || !finished(shard.ParentShardId)) continue;
      read += await readShard(shard.ShardId);
    }
    return read;
  }

  const guarded = () => (inPass ??= pass().finally(() => { inPass = undefined; }));
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms).unref());

  return {
    pass: guarded,
    async drain() {
      while ((await guarded()) > 0);
    },
    start() {
      loop ??= (async () => {
        while (!stopped) {
          let read = 0;
          try {
            read = await guarded();
          } catch (error) {
            options.log.error('coverage stream read failed', { error: (error as Error).name });
          }
          if (read === 0 && !stopped) await sleep(options.idleMs ?? 250);
        }
      })();
    },
    async stop() {
      stopped = true;
      await loop;
      await inPass?.catch(() => undefined);
      dynamo.destroy();
      streams.destroy();
    },
  };
}
