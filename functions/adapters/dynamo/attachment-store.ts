/**
 * Attachments in the case's partition (`CASE#<id>` / `ATTACHMENT#<createdAt>#<id>`): the case
 * page's one Query reads them with the rest. An upload is one transaction: the case still visible
 * to the uploader, the attachment, its audit line and the Idempotency-Key's claim. A deletion
 * removes the record with its audit line, the record still there.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '#shared/errors/index.ts';
import type { Attachment } from '#shared/attachments/attachment.ts';
import type { AttachmentStore } from '#shared/attachments/attachment-store.ts';
import { audienceCondition } from './audience-condition.ts';
import { auditItem, idempotencyItem } from './items.ts';
import { keys } from './keys.ts';
import { failWith, transactWrite, type TransactItem } from './transact.ts';

export const attachmentItem = (a: Attachment): Record<string, unknown> => ({
  pk: keys.case(a.caseId).pk, sk: `ATTACHMENT#${a.createdAt}#${a.id}`, itemType: 'attachment', ...a,
});

export function attachmentStore(doc: DynamoDBDocumentClient, table: string): AttachmentStore {
  return {
    async saveAttachment({ attachment, audience, audit, idempotency }) {
      const visible = audienceCondition(audience);
      const items: TransactItem[] = [
        {
          ConditionCheck: {
            TableName: table, Key: keys.case(attachment.caseId),
            ConditionExpression: `attribute_exists(pk) AND ${visible.expression}`,
            ExpressionAttributeNames: visible.names, ExpressionAttributeValues: visible.values,
          },
        },
        { Put: { TableName: table, Item: attachmentItem(attachment), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: table, Item: auditItem(audit) } },
      ];
      if (idempotency) items.push({ Put: { TableName: table, Item: idempotencyItem(idempotency), ConditionExpression: 'attribute_not_exists(pk)' } });
      await transactWrite(doc, items, {
        onConditionFailed: failWith(
          [[idempotency ? 3 : -1, () => new ConflictError('idempotency')], [0, () => new NotFoundError('case')]],
          () => new ConflictError('An attachment with this id exists.'),
        ),
      });
    },
    async deleteAttachment({ attachment, audit }) {
      const { pk, sk } = attachmentItem(attachment) as { pk: string; sk: string };
      const items: TransactItem[] = [
        { Delete: { TableName: table, Key: { pk, sk }, ConditionExpression: 'attribute_exists(pk)' } },
        { Put: { TableName: table, Item: auditItem(audit) } },
      ];
      await transactWrite(doc, items, { onConditionFailed: failWith([], () => new NotFoundError('attachment')) });
    },
  };
}
