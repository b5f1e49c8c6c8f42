/** CreateTable from the shared definition (local runs and tests; the CDK stack builds its own). */
import {
  CreateTableCommand, DescribeTableCommand, ScanCommand, UpdateTableCommand, UpdateTimeToLiveCommand,
  type CreateTableCommandInput, type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '#shared/table/table-definition.ts';
import { errorName } from './errors.ts';

export function createTableInput(tableName: string, options: TableOptions = {}): CreateTableCommandInput {
  const keyAttributes = [TABLE.partitionKey, TABLE.sortKey, ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    ...(options.stream === false ? {} : { StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE.streamView } }),
    AttributeDefinitions: keyAttributes.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE.indexes.map((i) => ({
      IndexName: i.name,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}

export interface TableOptions {
  /**
   * The stream the coverage figures read (default on, as the stack has it). Tests that do not read it
   * turn it off: DynamoDB Local slows down with every streamed table it holds (200 writes took 0.7 s
   * after 40 tables without streams, 1.8 s with them, and the gap grows), and the suite makes hundreds.
   */
  stream?: boolean;
}

/** Creates the table if it does not exist; returns true when it was created. */
export async function ensureTable(client: DynamoDBClient, tableName: string, options: TableOptions = {}): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    // A data folder from before the coverage figures: its table gets the stream the definition asks for.
    if (options.stream !== false && !Table?.StreamSpecification?.StreamEnabled) {
      await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE.streamView } }));
    }
    return false;
  } catch (error) {
    if (errorName(error) !== 'ResourceNotFoundException') throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName, options)));
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    }),
  );
  return true;
}

/**
 * Counts every item. A Scan, so only for tests and the seeding check — never
 * on a request path (the benchmark counts Scans per request: it must be 0).
 */
export async function countItems(client: DynamoDBClient, tableName: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT', ExclusiveStartKey: start as never }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}
