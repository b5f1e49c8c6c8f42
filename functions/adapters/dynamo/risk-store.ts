/**
 * A case's risk analysis in DynamoDB: one item in its own partition (never
 * under the case, so no case Query reads it), saved with its audit line in
 * one transaction, conditioned on the version the coordinator read.
 */
import { BatchGetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DefenderCase } from '#shared/domain/case.ts';
import { PreconditionFailedError } from '#shared/errors/index.ts';
import type { RiskAssessment, RiskStore } from '#shared/risk/index.ts';
import { failedConditions, guarded, rethrowTransient } from './errors.ts';
import { auditItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';

export function riskStore(doc: DynamoDBDocumentClient, table: string): RiskStore {
  return {
    readRiskAssessment: (caseId, audit) =>
      guarded(async () => {
        if (audit) await doc.send(new PutCommand({ TableName: table, Item: auditItem(audit) }));
        const { Responses } = await doc.send(new BatchGetCommand({
          RequestItems: { [table]: { Keys: [keys.case(caseId), keys.riskAssessment(caseId)], ConsistentRead: true } },
        }));
        const found = Responses?.[table] ?? [];
        const caseRecord = found.find((i) => i.itemType === 'case');
        const assessment = found.find((i) => i.itemType === 'riskAssessment');
        return {
          ...(caseRecord ? { case: stripKeys<DefenderCase>(caseRecord) } : {}),
          ...(assessment ? { assessment: stripKeys<RiskAssessment>(assessment) } : {}),
        };
      }),

    async saveRiskAssessment(assessment, expectedVersion, audit) {
      const condition = expectedVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } };
      try {
        await doc.send(new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: { ...keys.riskAssessment(assessment.caseId), itemType: 'riskAssessment', ...assessment }, ...condition } },
            { Put: { TableName: table, Item: auditItem(audit) } },
          ],
        }));
      } catch (error) {
        if (failedConditions(error)) throw new PreconditionFailedError();
        rethrowTransient(error);
      }
    },
  };
}
