/**
 * Intake reports. Each report is its own partition (REPORT#<id>), never under a case; the
 * reporter's contact details another (REPORTCONTACT#<id>), with no index keys, so no Query of
 * any list can reach them. Lists: all reports by receipt (byKind: REPORTS), one status
 * (byScope: REPORTS#<status>).
 */
import { BatchGetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { Report, ReportContact } from '#shared/intake/report.ts';
import type { ReportStore, ReportSummary } from '#shared/intake/report-store.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { auditItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';

const reportItem = (r: Report, expiresAt?: number) => ({
  ...keys.report(r.id), itemType: 'report',
  gsi2pk: 'REPORTS', gsi2sk: `${r.receivedAt}#${r.id}`,
  gsi1pk: `REPORTS#${r.status}`, gsi1sk: `${r.receivedAt}#${r.id}`,
  ...(expiresAt !== undefined ? { expiresAt } : {}),
  ...r,
});
const contactItem = (c: ReportContact) => ({ ...keys.reportContact(c.reportId), itemType: 'reportContact', ...c });

export function reportStore(doc: DynamoDBDocumentClient, table: string): ReportStore {
  return {
    async createReport(report, contact, audit) {
      await transactWrite(doc, [
        { Put: { TableName: table, Item: reportItem(report), ConditionExpression: 'attribute_not_exists(pk)' } },
        ...(contact ? [{ Put: { TableName: table, Item: contactItem(contact), ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
        { Put: { TableName: table, Item: auditItem(audit) } },
      ], {
        // A report with this id exists (its contact details have its id): an email delivered twice (its id comes from the message's).
        onConditionFailed: failWith([], () => new ConflictError('This report was already received.')),
      });
    },

    readReport: (id, audit) =>
      guarded(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: auditItem(audit) }));
        const { Responses } = await doc.send(
          new BatchGetCommand({ RequestItems: { [table]: { Keys: [keys.report(id), keys.reportContact(id)], ConsistentRead: true } } }),
        );
        const found = Responses?.[table] ?? [];
        const report = found.find((i) => i.itemType === 'report');
        const contact = found.find((i) => i.itemType === 'reportContact');
        return {
          ...(report ? { report: stripKeys<Report>(report) } : {}),
          ...(contact ? { contact: stripKeys<ReportContact>(contact) } : {}),
        };
      }),

    listReports: (status, limit, audit) =>
      guarded(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: auditItem(audit) }));
        const query = status
          ? { IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :k', ExpressionAttributeValues: { ':k': `REPORTS#${status}` } }
          : { IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :k', ExpressionAttributeValues: { ':k': 'REPORTS' } };
        const page = await doc.send(new QueryCommand({ TableName: table, ...query, ScanIndexForward: false, Limit: limit }));
        return { items: (page.Items ?? []).map((i) => stripKeys<Report>(i)) };
      }),

    reportSummaries: (limit, audit) =>
      guarded(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: auditItem(audit) }));
        const page = await doc.send(
          new QueryCommand({
            TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :k', ExpressionAttributeValues: { ':k': 'REPORTS' },
            ProjectionExpression: 'id, #reference, #status, receivedAt, firstTriagedAt, immediateDanger, country',
            ExpressionAttributeNames: { '#status': 'status', '#reference': 'reference' },
            ScanIndexForward: false, Limit: limit,
          }),
        );
        return { items: (page.Items ?? []) as ReportSummary[], truncated: page.LastEvaluatedKey !== undefined };
      }),

    async saveReport(report, expectedVersion, audit, expiresAt, converted) {
      await transactWrite(doc, [
        {
          Put: {
            TableName: table, Item: reportItem(report, expiresAt),
            ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion },
          },
        },
        { Put: { TableName: table, Item: auditItem(audit) } },
        // The case's link back to its report: a sensitive field of the case (coordinators only, read with an audit line).
        ...(converted
          ? [{ Put: { TableName: table, Item: { ...keys.caseSource(converted.caseId), itemType: 'caseSource', caseId: converted.caseId, reportId: report.id, reference: report.reference } } }]
          : []),
        // The contact details go with the report: the same deletion date.
        ...(expiresAt !== undefined && report.hasContact
          ? [{
              Update: {
                TableName: table, Key: keys.reportContact(report.id), UpdateExpression: 'SET expiresAt = :at',
                ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':at': expiresAt },
              },
            }]
          : []),
      ], {
        // The report's version, or its contact details deleted meanwhile.
        onConditionFailed: failWith([], () => new PreconditionFailedError('This report changed meanwhile.')),
      });
    },
  };
}
