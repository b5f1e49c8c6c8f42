/**
 * The plain reads (functions/adapters/dynamo/plain-reads.ts) answer what the document client
 * answers for the same GetItem and Query, item for item (numbers, sets, lists, nested maps, nulls,
 * binary), page keys included, against DynamoDB Local; and the call counter counts them. They go
 * through a companion client that keeps each command's middleware, on the document client's own
 * connections: many reads at once, of both kinds, must each still answer for their own key.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createCallCounter, createDocumentClient, ensureTable } from '#functions/adapters/dynamo/index.ts';
import { getItem, queryItems } from '#functions/adapters/dynamo/plain-reads.ts';
import { plainClientOf } from '#functions/adapters/dynamo/client.ts';

const endpoint = () => inject('dynamoEndpoint');

async function tableWithItems() {
  const table = `plain-reads-${randomUUID()}`;
  await ensureTable(new DynamoDBClient({ endpoint: endpoint(), region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }), table);
  const counter = createCallCounter();
  const doc = createDocumentClient({ region: 'local', endpoint: endpoint() }, { counter });
  for (let i = 0; i < 7; i++) {
    await doc.send(new PutCommand({ TableName: table, Item: {
      pk: 'LIST', sk: `ITEM#${i}`, name: `Défenseur ${i} — 名`, version: i, ratio: i / 3, big: 2 ** 40 + i,
      themes: ['land_environment', 'journalism'], tags: new Set(['a', `t${i}`]), counts: new Set([1, i + 2]),
      consent: { kind: 'explicit', at: '2026-01-01', history: [{ by: 'x', n: i }] }, nothing: null, flag: i % 2 === 0,
      bytes: new Uint8Array([i, 255]), skipped: undefined,
    } }));
  }
  return { table, doc, counter };
}

describe('plain reads', () => {
  it('a GetItem gives what the document client gives, and nothing for a missing key', async () => {
    const { table, doc } = await tableWithItems();
    const key = { pk: 'LIST', sk: 'ITEM#3' };
    const expected = (await doc.send(new GetCommand({ TableName: table, Key: key }))).Item;
    expect(expected).toBeDefined();
    expect(await getItem(doc, { TableName: table, Key: key })).toEqual(expected);
    expect(await getItem(doc, { TableName: table, Key: { pk: 'LIST', sk: 'NONE' } })).toBeUndefined();
  });

  it('a Query gives the same items and page keys, page after page', async () => {
    const { table, doc } = await tableWithItems();
    const query = { TableName: table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': 'LIST', ':s': 'ITEM#' }, Limit: 3 };
    let from: Record<string, unknown> | undefined;
    let pages = 0;
    do {
      const expected = await doc.send(new QueryCommand({ ...query, ExclusiveStartKey: from }));
      const got = await queryItems(doc, { ...query, ExclusiveStartKey: from });
      expect(got.Items).toEqual(expected.Items);
      expect(got.LastEvaluatedKey).toEqual(expected.LastEvaluatedKey);
      from = got.LastEvaluatedKey;
      pages++;
    } while (from);
    expect(pages).toBe(3);
  });

  it('are counted as the calls they are', async () => {
    const { table, doc, counter } = await tableWithItems();
    const { tally } = await counter.measure(async () => {
      await getItem(doc, { TableName: table, Key: { pk: 'LIST', sk: 'ITEM#1' } });
      await queryItems(doc, { TableName: table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'LIST' } });
    }, { record: true });
    expect(tally.recorded?.map((c) => c.command)).toEqual(['GetItemCommand', 'QueryCommand']);
  });

  it('many at once, beside the document client, each answer for their own key', async () => {
    const { table, doc } = await tableWithItems();
    const key = (i: number) => ({ pk: 'LIST', sk: `ITEM#${i % 7}` });
    const reads = Array.from({ length: 42 }, async (_, i) => {
      const [plainItem, docItem, page] = await Promise.all([
        getItem(doc, { TableName: table, Key: key(i) }),
        doc.send(new GetCommand({ TableName: table, Key: key(i) })).then((r) => r.Item),
        queryItems(doc, { TableName: table, KeyConditionExpression: 'pk = :p AND sk = :s', ExpressionAttributeValues: { ':p': 'LIST', ':s': key(i).sk } }),
      ]);
      return [plainItem?.sk, docItem?.sk, page.Items.map((item) => item.sk)];
    });
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 42 }, (_, i) => [key(i).sk, key(i).sk, [key(i).sk]]));
  });

  it('go through a client that keeps its middleware, on the document client\'s own connections', () => {
    const doc = createDocumentClient({ region: 'local', endpoint: endpoint() });
    const companion = plainClientOf(doc);
    expect(companion?.config.cacheMiddleware).toBe(true);
    expect(companion?.config.requestHandler).toBe(doc.config.requestHandler);
    // The document client must not keep its commands' middleware: each carries its own input (client.ts).
    expect(doc.config.cacheMiddleware).not.toBe(true);
  });
});
