/**
 * A case's risk analysis in DynamoDB: one item in its own partition (never
 * under the case, so no case Query reads it), saved with its audit line in
 * one transaction, conditioned on the version the coordinator read.
 *
 * While the level is high or critical the item is also listed in the sparse
 * byKind partition `RISK_RAISED` by the instant it rose (`<raisedAt>#<caseId>`),
 * so the coordinators' gap view finds the raised cases with one range Query;
 * a save below high puts the item without the index keys, which drops it.
 */
import { BatchGetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DefenderCase } from '#shared/domain/case-model.ts';
import { PreconditionFailedError } from '#shared/errors/index.ts';
import type { RiskAssessment, RiskStore } from '#shared/risk/index.ts';
import { ANY_ACTION_COVERAGE, raisedSince, type RaisedRisk } from '#shared/risk/risk-gap.ts';
import { batchGet } from './batch-get.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { auditItem, caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { missionKeys } from './mission-items.ts';
import { queryAll } from './query-all.ts';

const RAISED = 'RISK_RAISED';
/** Cases per BatchGet: each needs its case and its any-action marker. */
const CASES_PER_READ = 50;

/** The item, with the raised-risk index keys while the level is high or critical. */
export function riskItem(assessment: RiskAssessment): Record<string, unknown> {
  const raisedAt = raisedSince(assessment.levelHistory);
  return {
    ...keys.riskAssessment(assessment.caseId), itemType: 'riskAssessment',
    ...(raisedAt ? { gsi2pk: RAISED, gsi2sk: `${raisedAt}#${assessment.caseId}` } : {}),
    ...assessment,
  };
}

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
      await transactWrite(doc, [
        { Put: { TableName: table, Item: riskItem(assessment), ...condition } },
        { Put: { TableName: table, Item: auditItem(audit) } },
      ], { onConditionFailed: failWith([], () => new PreconditionFailedError()) });
    },

    async listRaisedRisks(raisedBy) {
      // Only the index keys, the case id and the level: the analysis itself is not read.
      const listed = await queryAll(doc, {
        TableName: table, IndexName: 'byKind',
        KeyConditionExpression: 'gsi2pk = :raised AND gsi2sk <= :by',
        ExpressionAttributeValues: { ':raised': RAISED, ':by': `${raisedBy}#~` },
        ProjectionExpression: 'caseId, #level, gsi2sk', ExpressionAttributeNames: { '#level': 'level' },
      });
      const raised: RaisedRisk[] = [];
      for (let i = 0; i < listed.length; i += CASES_PER_READ) {
        const slice = listed.slice(i, i + CASES_PER_READ);
        const items = await batchGet(doc, table, slice.flatMap((r) => [keys.case(String(r.caseId)), missionKeys.coverage(String(r.caseId), ANY_ACTION_COVERAGE)]), { consistent: true });
        const cases = new Map(items.filter((x) => x.itemType === 'case').map((x) => [String(x.id), caseFromItem(x)]));
        const lastAction = new Map(items.filter((x) => x.itemType === 'coverage').map((x) => [String(x.caseId), String(x.lastLoggedAt)]));
        for (const r of slice) {
          const found = cases.get(String(r.caseId));
          if (!found) continue;
          const actionAt = lastAction.get(found.id);
          raised.push({ case: found, level: r.level as RaisedRisk['level'], raisedAt: String(r.gsi2sk).split('#')[0]!, ...(actionAt ? { lastActionAt: actionAt } : {}) });
        }
      }
      return raised;
    },
  };
}
