/**
 * Import jobs in DynamoDB: one item per job (`IMPORTJOB#<id>`), listed newest first in byKind
 * (`IMPORT_JOBS`). Progress is one UpdateItem conditioned on the rows done before the chunk, so
 * two workers on the same job record each chunk once.
 */
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '#shared/errors/index.ts';
import type { ImportJob } from '#shared/imports/import-job.ts';
import type { ImportJobStore } from '#shared/imports/import-job-store.ts';
import { guarded, isConditionFailure } from './errors.ts';
import { failWith, transactWrite, type TransactItem } from './transact.ts';
import { idempotencyItem } from './items.ts';
import { stripKeys } from './keys.ts';

const KIND = 'IMPORT_JOBS';
const jobKey = (id: string) => ({ pk: `IMPORTJOB#${id}`, sk: 'JOB' });

export function importJobStore(doc: DynamoDBDocumentClient, table: string): ImportJobStore {
  return {
    async createImportJob(job, claim) {
      const items: TransactItem[] = [
        { Put: { TableName: table, Item: { ...jobKey(job.id), itemType: 'import-job', gsi2pk: KIND, gsi2sk: `${job.createdAt}#${job.id}`, ...job }, ConditionExpression: 'attribute_not_exists(pk)' } },
      ];
      if (claim) items.push({ Put: { TableName: table, Item: idempotencyItem(claim), ConditionExpression: 'attribute_not_exists(pk)' } });
      await transactWrite(doc, items, {
        onConditionFailed: failWith([[claim ? 1 : -1, () => new ConflictError('idempotency')]], () => new ConflictError('An import job with this id exists.')),
      });
    },

    getImportJob: (id) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: jobKey(id), ConsistentRead: true }));
        return Item ? stripKeys<ImportJob>(Item) : undefined;
      }),

    listImportJobs: (limit) =>
      guarded(async () => {
        const page = await doc.send(new QueryCommand({
          TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': KIND },
          ScanIndexForward: false, Limit: limit,
        }));
        return (page.Items ?? []).map((item) => stripKeys<ImportJob>(item));
      }),

    recordImportProgress: (id, expectedRowsDone, progress) =>
      guarded(async () => {
        const fields = Object.entries(progress);
        try {
          await doc.send(new UpdateCommand({
            TableName: table, Key: jobKey(id),
            UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
            ConditionExpression: 'attribute_exists(pk) AND rowsDone = :expected',
            ExpressionAttributeNames: Object.fromEntries(fields.map(([name], i) => [`#f${i}`, name])),
            ExpressionAttributeValues: { ':expected': expectedRowsDone, ...Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])) },
          }));
          return true;
        } catch (error) {
          if (isConditionFailure(error)) return false;
          throw error;
        }
      }),
  };
}
