/** The stack tests of spreadsheet imports as jobs: their queue, worker, dead-letter queue, alarms and grants. Registered by `test/infra/stack.test.ts`. */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { stack } from './synthesized.ts';

export function describeImportJobs() {
  describe('imports as jobs (past the API\'s 29 seconds)', () => {
    const queueIds = () => Object.keys(stack.template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith('Imports'));
    const deadLetters = () => queueIds().find((id) => id.includes('DeadLetters'))!;
    const work = () => queueIds().find((id) => !id.includes('DeadLetters'))!;
    const functions = () => Object.entries(stack.template.findResources('AWS::Lambda::Function'));
    const worker = () => functions().find(([, fn]) => /spreadsheet import, one job/.test(fn.Properties.Description))!;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const roleOf = (fn: any): string => fn.Properties.Role['Fn::GetAtt'][0];
    const policiesOf = (role: string) => Object.values(stack.template.findResources('AWS::IAM::Policy'))
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);

    it('has a work queue and its dead-letter queue, both encrypted and TLS-only, 5 receives before dead-lettering', () => {
      expect(queueIds()).toHaveLength(2);
      stack.template.hasResourceProperties('AWS::SQS::Queue', {
        SqsManagedSseEnabled: true,
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLetters(), 'Arn'] }, maxReceiveCount: 5 },
        VisibilityTimeout: 600,
      });
      for (const id of queueIds()) {
        stack.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
        });
      }
    });

    it('feeds the worker one job at a time with partial batch failures, at most 2 at once, 5 minutes each, its queue and bucket named', () => {
      const [id] = worker();
      stack.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [work(), 'Arn'] }, FunctionName: { Ref: id },
        BatchSize: 1, FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 2 },
      });
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem spreadsheet import, one job (SQS)',
        Timeout: 300,
        Environment: { Variables: Match.objectLike({ IMPORT_QUEUE_URL: { Ref: work() }, FILES_BUCKET: Match.anyValue(), SECRET_ARN: Match.anyValue() }) },
      });
    });

    it('lets the web function and the worker (to continue a long job) send to the queue, no other function', () => {
      const senders = Object.values(stack.template.findResources('AWS::IAM::Policy')).filter((p) =>
        JSON.stringify(p.Properties.PolicyDocument).includes(`"Fn::GetAtt":["${work()}","Arn"]`) && JSON.stringify(p.Properties.PolicyDocument).includes('sqs:SendMessage'));
      const web = functions().find(([, fn]) => fn.Properties.Environment?.Variables?.IMPORT_QUEUE_URL && fn !== worker()[1])!;
      expect(senders.flatMap((p) => (p.Properties.Roles as { Ref: string }[]).map((r) => r.Ref)).sort()).toEqual([roleOf(web[1]), roleOf(worker()[1])].sort());
    });

    it('gives the worker the files under imports/ to read and delete, the workbooks under exports/ to write, and nothing else of the bucket', () => {
      const s3 = policiesOf(roleOf(worker()[1])).filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')));
      expect(s3).toHaveLength(2);
      expect([s3[0]!.Action].flat().sort()).toEqual(['s3:DeleteObject', 's3:GetObject']);
      expect(JSON.stringify(s3[0]!.Resource)).toContain('/imports/*');
      expect([s3[1]!.Action].flat()).toEqual(['s3:PutObject']);
      expect(JSON.stringify(s3[1]!.Resource)).toContain('/exports/*');
    });

    it('expires what a job never finished under imports/ after 2 days, its deleted versions after 1', () => {
      stack.template.hasResourceProperties('AWS::S3::Bucket', {
        LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Id: 'Imports', Prefix: 'imports/', ExpirationInDays: 2, NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled' })]) },
      });
    });

    it('alarms on the dead-letter queue\'s depth and on the worker\'s errors', () => {
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetters(), 'QueueName'] } }], Threshold: 1,
      });
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: worker()[0] } }] });
    });
  });
}
