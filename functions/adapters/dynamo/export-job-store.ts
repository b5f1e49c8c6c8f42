/**
 * Export jobs in DynamoDB: one item per job (`EXPORTJOB#<id>`), removed by the table's TTL
 * (`expiresAt`) two days after it was asked for. Its end is one UpdateItem conditioned on the
 * job still being queued, so two deliveries of the same job record one end.
 */
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ExportJob } from '#shared/case-safety/export-job.ts';
import type { ExportJobStore } from '#shared/case-safety/export-job-store.ts';
import { guarded, isConditionFailure } from './errors.ts';
import { stripKeys } from './keys.ts';

const jobKey = (id: string) => ({ pk: `EXPORTJOB#${id}`, sk: 'JOB' });

export function exportJobStore(doc: DynamoDBDocumentClient, table: string): ExportJobStore {
  return {
    createExportJob: (job) =>
      guarded(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: { ...jobKey(job.id), itemType: 'export-job', ...job }, ConditionExpression: 'attribute_not_exists(pk)' }));
      }),

    getExportJob: (id) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: jobKey(id), ConsistentRead: true }));
        // The TTL attribute is one of the job's fields: the reader treats a job past it as gone before DynamoDB removes it.
        return Item ? { ...stripKeys<ExportJob>(Item), expiresAt: Number(Item.expiresAt) } : undefined;
      }),

    endExportJob: (id, end) =>
      guarded(async () => {
        const fields = Object.entries(end).filter(([, value]) => value !== undefined);
        try {
          await doc.send(new UpdateCommand({
            TableName: table, Key: jobKey(id),
            UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
            ConditionExpression: 'attribute_exists(pk) AND #status = :queued',
            ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(fields.map(([name], i) => [`#f${i}`, name])) },
            ExpressionAttributeValues: { ':queued': 'queued', ...Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])) },
          }));
          return true;
        } catch (error) {
          if (isConditionFailure(error)) return false;
          throw error;
        }
      }),
  };
}
