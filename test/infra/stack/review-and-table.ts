/** The stack tests: the security review (cdk-nag) and the table. Registered by `test/infra/stack.test.ts`. */
import { rmSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Table, AttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { TABLE } from '#shared/table/table-definition.ts';
import { readValidationReport, testAppProps, unacknowledgedFindings } from '../synth.ts';
import { stack } from './synthesized.ts';

export function describeReviewAndTable() {
  describe('security review (cdk-nag AwsSolutions, v3 Validations API)', () => {
    it('runs the AwsSolutions pack on the app', () => {
      expect(stack.report.pluginReports.map((p) => p.pluginName)).toContain('AwsSolutions');
    });

    it('leaves no finding unacknowledged, errors and warnings alike', () => {
      expect(unacknowledgedFindings(stack.report)).toEqual([]);
    });

    it('gives every acknowledgement a reason', () => {
      expect(stack.acknowledgements.length).toBeGreaterThan(0);
      for (const ack of stack.acknowledgements) {
        expect(ack.reason.trim().length, `${ack.id} at ${ack.at}`).toBeGreaterThan(30);
      }
    });

    it('keeps acknowledged findings in the report, each with its reason', () => {
      const suppressed = stack.report.pluginReports.flatMap((p) => p.suppressedViolations ?? []);
      expect(suppressed.length).toBeGreaterThan(0);
      for (const finding of suppressed) expect(finding.reason?.trim(), finding.ruleName).toBeTruthy();
    });

    it('has no stale acknowledgement: each one matches a finding', () => {
      const used = new Set(stack.report.pluginReports.flatMap((p) => p.suppressedViolations ?? []).map((s) => s.acknowledgedId));
      expect(stack.acknowledgements.map((a) => a.id).filter((id) => !used.has(id))).toEqual([]);
    });

    it('would fail on a finding: a table without point-in-time recovery is reported', () => {
      const app = new App(testAppProps());
      Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      new Table(new Stack(app, 'Careless'), 'Table', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
      const findings = unacknowledgedFindings(readValidationReport(app.synth()));
      rmSync(app.outdir, { recursive: true, force: true });
      expect(findings.some((f) => f.includes('AwsSolutions-DDB3'))).toBe(true);
    });
  });

  describe('the table', () => {
    it('survives mistakes: point-in-time recovery, deletion protection, retained on stack deletion', () => {
      stack.template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          BillingMode: 'PAY_PER_REQUEST',
        }),
      });
    });

    it('has the keys, indexes and TTL of the shared table definition', () => {
      stack.template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
        GlobalSecondaryIndexes: TABLE.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      });
    });

    it('cannot be scanned by any function', () => {
      expect(JSON.stringify(stack.template.findResources('AWS::IAM::Policy'))).not.toMatch(/dynamodb:(Scan|\*)/);
    });
  });
}
