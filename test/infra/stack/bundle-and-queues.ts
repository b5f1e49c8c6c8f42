/** The stack tests: the web function's bundle, urgent alerts, coverage aggregates, digests in batches. Registered by `test/infra/stack.test.ts`. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TABLE } from '#shared/table/table-definition.ts';
import { ENTRY_FILE, ESM_REQUIRE_BANNER } from '../../../infra/constructs/bundling.ts';
import { REDOC_BUNDLE_FILE, REDOC_PACKAGE_FILE, REDOCLY_CDN_LOGO } from '#web/api-docs/redoc-bundle.ts';
import { allOfWebBundle, fnResources, invokable, queueOf, stack, webFunctionS3Key } from './synthesized.ts';

export function describeBundleAndQueues() {
  describe('the web function bundle', () => {
    it('contains the API, loaded at start', () => {
      expect(stack.webBundle.get(ENTRY_FILE)).toContain('/api/cases');
    });

    it('reads its secret through the extension, without the Secrets Manager client', () => {
      expect(allOfWebBundle()).toContain('/secretsmanager/get');
      expect(allOfWebBundle()).not.toContain('GetSecretValue');
    });

    it('does not contain the local-only outbox routes', () => {
      expect(allOfWebBundle()).not.toContain('/dev/outbox');
    });

    it("gives a real require to every ESM chunk that mentions it (the AWS SDK's, through esbuild's shim), and to no other", () => {
      expect(stack.webBundle.size).toBeGreaterThan(1);
      const withBanner = [...stack.webBundle].filter(([, code]) => code.startsWith(ESM_REQUIRE_BANNER));
      for (const [file, code] of stack.webBundle) {
        const body = code.startsWith(ESM_REQUIRE_BANNER) ? code.slice(ESM_REQUIRE_BANNER.length) : code;
        expect(code.startsWith(ESM_REQUIRE_BANNER), file).toBe(/\brequire\b/.test(body));
      }
      expect(withBanner.some(([, code]) => code.includes('typeof require<"u"?require'))).toBe(true);
    });

    it('leaves what one path needs (the SES client, exceljs) to chunks that a cold start does not read', () => {
      const all = allOfWebBundle();
      const start = stack.webBundle.get(ENTRY_FILE)!;
      for (const marker of ['SESServiceException', 'sharedStrings.xml']) {
        expect(all, marker).toContain(marker);
        expect(start, marker).not.toContain(marker);
      }
    });

    it("carries Redoc's bundle for /api/docs where Node finds it, and no cold start reads that feature", () => {
      const bundle = join(stack.webAssetDir, 'node_modules', REDOC_BUNDLE_FILE);
      expect(existsSync(bundle)).toBe(true);
      expect(statSync(bundle).size).toBeGreaterThan(500_000);
      expect(existsSync(join(stack.webAssetDir, 'node_modules', REDOC_PACKAGE_FILE))).toBe(true);
      // The reference's own module (it names the CDN address it points away from) sits in a chunk of its own.
      expect(allOfWebBundle()).toContain(REDOCLY_CDN_LOGO);
      expect(stack.webBundle.get(ENTRY_FILE)).not.toContain(REDOCLY_CDN_LOGO);
    });

    it('runs index.handler', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', { Code: { S3Key: webFunctionS3Key() }, Handler: 'index.handler' });
    });
  });

  describe('urgent alerts', () => {
    const queueIds = () => Object.keys(stack.template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith('Alerts'));
    const deadLetters = () => queueIds().find((id) => id.includes('DeadLetters'))!;
    const work = () => queueIds().find((id) => !id.includes('DeadLetters'))!;
    const sender = () => Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => /urgent alerts sender/.test(fn.Properties.Description))![0];

    it('has a work queue and its dead-letter queue, both encrypted and TLS-only, 5 receives before dead-lettering', () => {
      expect(queueIds()).toHaveLength(2);
      stack.template.hasResourceProperties('AWS::SQS::Queue', {
        SqsManagedSseEnabled: true,
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLetters(), 'Arn'] }, maxReceiveCount: 5 },
        VisibilityTimeout: 360,
      });
      for (const id of queueIds()) {
        stack.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
        });
      }
    });

    it('feeds the sender in batches of 10 with partial batch failures, at most 2 at once', () => {
      stack.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [work(), 'Arn'] },
        FunctionName: { Ref: sender() },
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: 2 },
      });
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem urgent alerts sender (SQS)',
        Environment: { Variables: Match.objectLike({ SES_MAX_SEND_RATE: { Ref: 'SesMaxSendRate' }, ALERT_SENDER_CONCURRENCY: '2', SECRET_ARN: Match.anyValue() }) },
      });
    });

    it('lets the web function send to the queue, and tells it where', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem web app and JSON API',
        Environment: { Variables: Match.objectLike({ ALERT_QUEUE_URL: { Ref: work() } }) },
      });
      // The web function sends to the import queue too: one statement may name both queues.
      const statements = Object.values(stack.template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);
      expect(statements.some((st) => [st.Action].flat().includes('sqs:SendMessage')
        && [st.Resource].flat().some((r) => JSON.stringify(r) === JSON.stringify({ 'Fn::GetAtt': [work(), 'Arn'] })))).toBe(true);
    });

    it('alarms on the dead-letter queue\'s depth, on the work queue\'s oldest message past 60 s, and on the sender\'s errors', () => {
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetters(), 'QueueName'] } }], Threshold: 1,
      });
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateAgeOfOldestMessage', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [work(), 'QueueName'] } }], Threshold: 60,
      });
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: sender() } }] });
    });
  });

  describe('coverage aggregates', () => {
    const aggregatorId = () => Object.entries(stack.template.findResources('AWS::Lambda::Function'))
      .find(([, fn]) => /coverage aggregates/.test(fn.Properties.Description))![0];

    it('the table streams new and old images, as the shared definition says', () => {
      stack.template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: TABLE.streamView } });
    });

    it('an aggregator function reads the stream from its trim horizon, in order, filtered to cases, alerts, intake reports, members\' own items, risk analyses, what the digest board mirrors and audit lines about a case, in five patterns, with partial batch responses', () => {
      stack.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: aggregatorId() },
        EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
        StartingPosition: 'TRIM_HORIZON',
        MaximumRetryAttempts: 10,
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        FilterCriteria: { Filters: [
          { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'CASE#' }] } } } }) },
          { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'ALERT#' }] } } } }) },
          { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'MEMBER#' }] }, sk: { S: ['MEMBER'] } } } }) },
          { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'REPORT#' }, { prefix: 'RISK#' }, { prefix: 'SUPPRESSED#' }, { prefix: 'AUDIT#CASE#' }] } } } }) },
          { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'NOTIFY#' }, { prefix: 'DIGEST#' }] }, sk: { S: [{ prefix: 'MEMBER#' }] } } } }) },
        ] },
      });
    });

    it('sends what still fails to an encrypted, TLS-only dead-letter queue (the on-failure destination), with an alarm', () => {
      const queueId = queueOf('CoverageDeadLetters');
      stack.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: aggregatorId() },
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
      stack.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Threshold: 1,
      });
    });

    it('alarms on the aggregator\'s errors and on a stream more than 5 minutes behind', () => {
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: aggregatorId() } }] });
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'IteratorAge', Threshold: 300_000, Dimensions: [{ Name: 'FunctionName', Value: { Ref: aggregatorId() } }],
      });
    });

    it('the aggregator may read the stream and items, and never scan', () => {
      const policies = JSON.stringify(stack.template.findResources('AWS::IAM::Policy'));
      expect(policies).toMatch(/dynamodb:GetRecords/);
      expect(policies).not.toMatch(/dynamodb:Scan/);
    });
  });

  describe('digests in batches (past one Lambda\'s lifetime)', () => {
    const queueIds = () => Object.keys(stack.template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith('DigestBatches'));
    const deadLetters = () => queueIds().find((id) => id.includes('DeadLetters'))!;
    const work = () => queueIds().find((id) => !id.includes('DeadLetters'))!;
    const functionId = (description: RegExp) => Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => description.test(fn.Properties.Description))![0];
    const worker = () => functionId(/one batch of members/);

    it('has a work queue and its dead-letter queue, both encrypted and TLS-only, 5 receives before dead-lettering', () => {
      expect(queueIds()).toHaveLength(2);
      stack.template.hasResourceProperties('AWS::SQS::Queue', {
        SqsManagedSseEnabled: true,
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLetters(), 'Arn'] }, maxReceiveCount: 5 },
        VisibilityTimeout: 1800,
      });
      for (const id of queueIds()) {
        stack.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
        });
      }
    });

    it('feeds the worker one batch at a time with partial batch failures, at most 2 at once, 15 minutes each', () => {
      stack.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [work(), 'Arn'] }, FunctionName: { Ref: worker() },
        BatchSize: 1, FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 2 },
      });
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem weekly digest, one batch of members (SQS)',
        Timeout: 900,
        Environment: { Variables: Match.objectLike({ SES_MAX_SEND_RATE: { Ref: 'SesMaxSendRate' }, DIGEST_WORKER_CONCURRENCY: '2', SECRET_ARN: Match.anyValue() }) },
      });
    });

    it('lets the digest function (not the web function) send to the queue, and tells it where', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem weekly digest',
        Environment: { Variables: Match.objectLike({ DIGEST_QUEUE_URL: { Ref: work() } }) },
      });
      const senders = Object.values(stack.template.findResources('AWS::IAM::Policy')).filter((p) =>
        JSON.stringify(p.Properties.PolicyDocument).includes(`"Fn::GetAtt":["${work()}","Arn"]`) && JSON.stringify(p.Properties.PolicyDocument).includes('sqs:SendMessage'));
      expect(senders.map((p) => (p.Properties.Roles as { Ref: string }[]).map((r) => r.Ref).join())).toEqual([
        (stack.template.findResources('AWS::Lambda::Function')[functionId(/^Tandem weekly digest$/)]!.Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0],
      ]);
    });

    it('alarms on the dead-letter queue\'s depth and on the worker\'s errors', () => {
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetters(), 'QueueName'] } }], Threshold: 1,
      });
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: worker() } }] });
    });
  });
}
