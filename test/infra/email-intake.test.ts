/**
 * Reports by email on AWS, synthesized in a stack of their own with the same two reviews as the
 * app (cdk-nag AwsSolutions and the Control Tower guard rules): the SES receipt rule for the intake
 * address, the private inbox bucket with its lifecycle, and the intake function bundled like the others.
 */
import { rmSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { PolicyValidationReportJson } from 'aws-cdk-lib/cloud-assembly-schema';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailIntake, INBOX_PREFIX } from '../../infra/constructs/email-intake.ts';
import { FilesBucket } from '../../infra/constructs/files-bucket.ts';
import { MailSending } from '../../infra/constructs/mail-sending.ts';
import { TandemTable } from '../../infra/constructs/tandem-table.ts';
import { readValidationReport, testAppProps, unacknowledgedFindings } from './synth.ts';

const ADDRESS = 'report@tandem.example.org';
let outdir: string;
let template: Template;
let report: PolicyValidationReportJson;
let inboxId: string;
let functionId: string;

beforeAll(() => {
  const props = testAppProps();
  outdir = props.outdir;
  const app = new App(props);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new CfnGuardValidator({ controlTowerRulesEnabled: true }));
  const stack = new Stack(app, 'Intake');
  const files = new FilesBucket(stack, 'Files');
  const intake = new EmailIntake(stack, 'EmailIntake', {
    table: new TandemTable(stack, 'Data'), mail: new MailSending(stack, 'Mail', { senderAddress: 'no-reply@tandem.example.org' }),
    files, accessLogs: files.accessLogs, intakeAddress: ADDRESS, appUrl: 'https://tandem.example.org',
  });
  const assembly = app.synth();
  template = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  report = readValidationReport(assembly);
  inboxId = stack.getLogicalId(intake.inbox.node.defaultChild as never);
  functionId = stack.getLogicalId(intake.fn.node.defaultChild as never);
}, 120_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('reports by email on AWS', () => {
  it('leaves no finding of either review unacknowledged', () => {
    expect(unacknowledgedFindings(report)).toEqual([]);
  });

  it('has a receipt rule for the intake address only: TLS required, scanned, stored in the inbox, then the intake function', () => {
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    const [rule] = Object.values(template.findResources('AWS::SES::ReceiptRule'));
    expect(rule!.Properties.Rule).toMatchObject({ Recipients: [ADDRESS], ScanEnabled: true, TlsPolicy: 'Require', Enabled: true });
    const actions = rule!.Properties.Rule.Actions;
    expect(actions).toHaveLength(2);
    expect(actions[0].S3Action).toMatchObject({ BucketName: { Ref: inboxId }, ObjectKeyPrefix: INBOX_PREFIX });
    expect(actions[1].LambdaAction).toMatchObject({ FunctionArn: { 'Fn::GetAtt': [functionId, 'Arn'] }, InvocationType: 'Event' });
  });

  it('keeps raw mail in a private, encrypted, TLS-only bucket that forgets it after 7 days', () => {
    const inbox = template.findResources('AWS::S3::Bucket')[inboxId]!;
    expect(inbox.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
    });
    expect(inbox.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    expect(inbox.Properties.LifecycleConfiguration.Rules).toEqual(expect.arrayContaining([expect.objectContaining({ ExpirationInDays: 7, Status: 'Enabled' })]));
    expect(inbox.Properties.LoggingConfiguration.LogFilePrefix).toBe('intake-inbox/');
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: inboxId },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('lets SES write to the inbox and use its key for this account only', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: inboxId },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 's3:PutObject', Principal: { Service: 'ses.amazonaws.com' } })]) },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      Description: 'Tandem intake inbox (raw emails)', EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'ses.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': Match.anyValue() } } })]) },
    });
  });

  it('runs the intake function like the others (Node.js 22, arm64), told where the inbox and the files are', () => {
    const fn = template.findResources('AWS::Lambda::Function')[functionId]!;
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler', MemorySize: 1024, Timeout: 60, ReservedConcurrentExecutions: 5 });
    expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['TABLE_NAME', 'MAIL_FROM', 'APP_URL', 'INTAKE_BUCKET', 'INTAKE_PREFIX', 'FILES_BUCKET']));
    expect(fn.Properties.Environment.Variables.INTAKE_PREFIX).toBe(INBOX_PREFIX);
  });

  it('may read and delete only the inbox’s messages, and may not list or write there', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement);
    const onInbox = statements.filter((s) => JSON.stringify(s.Resource).includes(inboxId));
    expect(onInbox.map((s) => [s.Action].flat().sort())).toEqual([['s3:DeleteObject', 's3:GetObject']]);
    expect(JSON.stringify(onInbox[0]!.Resource)).toContain(`/${INBOX_PREFIX}*`);
  });

  it('sends what fails after two retries to an encrypted, TLS-only dead-letter queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId }, MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });
});
