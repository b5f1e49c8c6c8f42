/** Cases in DynamoDB: transactional create/update with their audit line, and filtered lists. */
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { CaseStore, CaseFilter, Page } from '#shared/ports/store.ts';
import { failedConditions, rethrowTransient } from './errors.ts';
import { auditItem, caseItem, idempotencyItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';

/** A filtered list reads at most this many query pages (the request budget is 3 calls). */
const MAX_QUERIES_PER_PAGE = 2;
/** Items read per query when a filter may discard some. */
const FILTERED_READ = 100;

export function caseStore(doc: DynamoDBDocumentClient, table: string): CaseStore {
  return {
    async createCase(c, audit, idempotency) {
      const items = [
        { Put: { TableName: table, Item: caseItem(c), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: table, Item: auditItem(audit) } },
        ...(idempotency
          ? [{ Put: { TableName: table, Item: idempotencyItem(idempotency), ConditionExpression: 'attribute_not_exists(pk)' } }]
          : []),
      ];
      try {
        await doc.send(new TransactWriteCommand({ TransactItems: items }));
      } catch (error) {
        const failed = failedConditions(error);
        if (failed?.includes(2)) throw new ConflictError('idempotency');
        if (failed) throw new ConflictError('A case with this id exists.');
        rethrowTransient(error);
      }
    },

    async getCase(id) {
      try {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.case(id) }));
        return Item ? stripKeys<DefenderCase>(Item) : undefined;
      } catch (error) {
        rethrowTransient(error);
      }
    },

    async updateCase(c, expectedVersion, audit) {
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table,
                  Item: caseItem(c),
                  ConditionExpression: 'attribute_exists(pk) AND version = :expected',
                  ExpressionAttributeValues: { ':expected': expectedVersion },
                },
              },
              { Put: { TableName: table, Item: auditItem(audit) } },
            ],
          }),
        );
      } catch (error) {
        if (failedConditions(error)) throw new PreconditionFailedError();
        rethrowTransient(error);
      }
    },

    async listCases(filter, limit, start) {
      const query = listQuery(table, filter);
      const items: DefenderCase[] = [];
      let startKey = start;
      for (let round = 0; round < MAX_QUERIES_PER_PAGE; round++) {
        let page;
        try {
          page = await doc.send(
            new QueryCommand({
              ...query,
              Limit: query.FilterExpression ? FILTERED_READ : limit - items.length,
              ExclusiveStartKey: startKey,
            }),
          );
        } catch (error) {
          rethrowTransient(error);
        }
        for (const raw of page.Items ?? []) {
          items.push(stripKeys<DefenderCase>(raw));
          if (items.length === limit) {
            // Stop mid-page: the next page starts after this very item.
            const last = raw as Record<string, unknown>;
            const next = lastKeyOf(last, query.IndexName);
            return { items, next };
          }
        }
        startKey = page.LastEvaluatedKey;
        if (!startKey) break;
      }
      return { items, next: startKey } satisfies Page<DefenderCase>;
    },
  };
}

function lastKeyOf(item: Record<string, unknown>, index: string): Record<string, unknown> {
  const indexKeys = index === 'byScope' ? ['gsi1pk', 'gsi1sk'] : ['gsi2pk', 'gsi2sk'];
  return Object.fromEntries(['pk', 'sk', ...indexKeys].map((k) => [k, item[k]]));
}

/** By country when one is asked for (byScope), otherwise all cases by recency (byKind). */
function listQuery(table: string, filter: CaseFilter) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];

  const oneOf = (attr: string, allowed: readonly string[], all: number) => {
    if (allowed.length === all) return;
    names[`#${attr}`] = attr;
    const placeholders = allowed.map((v, i) => {
      values[`:${attr}${i}`] = v;
      return `:${attr}${i}`;
    });
    conditions.push(`#${attr} IN (${placeholders.join(', ')})`);
  };
  oneOf('visibility', filter.visibilities, 3);
  oneOf('state', filter.states, 3);
  if (filter.status) {
    names['#riskStatus'] = 'riskStatus';
    values[':riskStatus'] = filter.status;
    conditions.push('#riskStatus = :riskStatus');
  }
  if (filter.theme) {
    names['#themes'] = 'themes';
    values[':theme'] = filter.theme;
    conditions.push('contains(#themes, :theme)');
  }

  const byCountry = filter.country !== undefined;
  if (byCountry) {
    values[':scope'] = `COUNTRY#${filter.country}`;
    values[':prefix'] = 'CASE#';
  } else {
    values[':kind'] = 'CASES';
  }
  return {
    TableName: table,
    IndexName: byCountry ? 'byScope' : 'byKind',
    KeyConditionExpression: byCountry ? 'gsi1pk = :scope AND begins_with(gsi1sk, :prefix)' : 'gsi2pk = :kind',
    FilterExpression: conditions.length > 0 ? conditions.join(' AND ') : undefined,
    ExpressionAttributeNames: Object.keys(names).length > 0 ? names : undefined,
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
  };
}
