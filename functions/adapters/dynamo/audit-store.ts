/** The audit log: by case (its own partition) and by actor (byScope index), newest first. */
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditStore } from '#shared/writes/records.ts';
import type { Page } from '#shared/paging/page.ts';
import { guarded } from './errors.ts';
import { auditItem } from './items.ts';
import { stripKeys } from './keys.ts';

export function auditStore(doc: DynamoDBDocumentClient, table: string): AuditStore {
  const page = (query: Record<string, unknown>, limit: number, start?: Record<string, unknown>) =>
    guarded(async (): Promise<Page<AuditEntry>> => {
      const result = await doc.send(
        new QueryCommand({ TableName: table, ...query, ScanIndexForward: false, Limit: limit, ExclusiveStartKey: start } as never),
      );
      return { items: (result.Items ?? []).map((i) => stripKeys<AuditEntry>(i)), next: result.LastEvaluatedKey };
    });

  return {
    appendAudit: (entry) =>
      guarded(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: auditItem(entry) }));
      }),
    auditOfCase: (caseId, limit, start) =>
      page({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `AUDIT#CASE#${caseId}` } }, limit, start),
    auditByActor: (memberId, limit, start) =>
      page(
        {
          IndexName: 'byScope',
          KeyConditionExpression: 'gsi1pk = :actor AND begins_with(gsi1sk, :prefix)',
          ExpressionAttributeValues: { ':actor': `ACTOR#${memberId}`, ':prefix': 'AUDIT#' },
        },
        limit,
        start,
      ),
  };
}
