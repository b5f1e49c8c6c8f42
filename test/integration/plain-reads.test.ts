/**
 * The plain reads (functions/adapters/dynamo/plain-reads.ts) answer what the document client
 * answers for the same GetItem and Query, item for item (numbers, sets, lists, nested maps, nulls,
 * binary), page keys included, against DynamoDB Local; and the call counter counts them.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createCallCounter, createDocumentClient, ensureTable } from '#functions/adapters/dynamo/index.ts';
import { getItem, queryItems } from '#functions/adapters/dynamo/plain-reads.ts';

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
});
