/**
 * What `cdk deploy` would create, checked at synthesis: the security review
 * (cdk-nag), the data safeguards, the function defaults, the API's defences,
 * the alarms, and what goes into the Lambda bundle. Synthesized once: the
 * bundling runs esbuild.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { PolicyValidationReportJson } from 'aws-cdk-lib/cloud-assembly-schema';
import { AssetManifestArtifact, type CloudFormationStackArtifact } from 'aws-cdk-lib/cx-api';
import { Table, AttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE } from '#shared/table/table-definition.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/bundling.ts';
import { createTandemApp } from '../../infra/tandem-app.ts';
import {
  type Acknowledgement, acknowledgementsIn, readValidationReport, testAppProps, unacknowledgedFindings,
} from './synth.ts';

let outdir: string;
let template: Template;
let report: PolicyValidationReportJson;
let acknowledgements: Acknowledgement[];
let webBundle: string;

beforeAll(() => {
  const props = testAppProps();
  outdir = props.outdir;
  const { app, stack } = createTandemApp(props);
  const assembly = app.synth();
  const artifact = assembly.getStackArtifact(stack.artifactId);
  template = Template.fromJSON(artifact.template);
  report = readValidationReport(assembly);
  acknowledgements = acknowledgementsIn(app);
  webBundle = readBundle(artifact, webFunctionS3Key());
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const fnResources = () => Object.values(template.findResources('AWS::Lambda::Function'));

function webFunctionS3Key(): string {
  const [web] = fnResources();
  return (web?.Properties.Code as { S3Key: string }).S3Key;
}

/** The bundled code as deployed: the asset the function's S3 key names, in the cloud assembly. */
function readBundle(stack: CloudFormationStackArtifact, s3Key: string): string {
  const manifest = stack.dependencies.find(AssetManifestArtifact.isAssetManifestArtifact);
  const source = manifest?.contents.files?.[s3Key.replace(/\.zip$/, '')]?.source.path;
  if (!source) throw new Error(`no bundled asset for ${s3Key}`);
  return readFileSync(join(stack.assembly.directory, source, 'index.mjs'), 'utf8');
}

describe('security review (cdk-nag AwsSolutions, v3 Validations API)', () => {
  it('runs the AwsSolutions pack on the app', () => {
    expect(report.pluginReports.map((p) => p.pluginName)).toContain('AwsSolutions');
  });

  it('leaves no finding unacknowledged, errors and warnings alike', () => {
    expect(unacknowledgedFindings(report)).toEqual([]);
  });

  it('gives every acknowledgement a reason', () => {
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const ack of acknowledgements) {
      expect(ack.reason.trim().length, `${ack.id} at ${ack.at}`).toBeGreaterThan(30);
    }
  });

  it('keeps acknowledged findings in the report, each with its reason', () => {
    const suppressed = report.pluginReports.flatMap((p) => p.suppressedViolations ?? []);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const finding of suppressed) expect(finding.reason?.trim(), finding.ruleName).toBeTruthy();
  });

  it('has no stale acknowledgement: each one matches a finding', () => {
    const used = new Set(report.pluginReports.flatMap((p) => p.suppressedViolations ?? []).map((s) => s.acknowledgedId));
    expect(acknowledgements.map((a) => a.id).filter((id) => !used.has(id))).toEqual([]);
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
    template.hasResource('AWS::DynamoDB::Table', {
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
    template.hasResourceProperties('AWS::DynamoDB::Table', {
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
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toMatch(/dynamodb:(Scan|\*)/);
  });
});

describe('the functions', () => {
  it('all run Node.js 22 on arm64 with explicit timeout and memory, X-Ray and reserved concurrency', () => {
    expect(fnResources().length).toBeGreaterThan(0);
    for (const fn of fnResources()) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Timeout: expect.any(Number),
        MemorySize: expect.any(Number),
        ReservedConcurrentExecutions: expect.any(Number),
      });
    }
  });

  it('give the web function every variable its configuration requires', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: { Ref: Match.anyValue() },
          SECRET_ARN: { Ref: Match.anyValue() },
          SES_CONFIGURATION_SET: { Ref: Match.anyValue() },
          MAIL_FROM: { Ref: 'SenderAddress' },
          APP_URL: { Ref: 'AppUrl' },
        }),
      },
    });
  });

  it('tell the web function where the upload form posts: the files bucket\'s regional https origin (the CSP\'s form-action)', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          FILES_BUCKET: { Ref: Match.anyValue() },
          FILES_UPLOAD_ORIGIN: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^Files'), 'RegionalDomainName'] }]] },
        }),
      },
    });
  });

  it('log to their own log group, kept for a limited time', () => {
    for (const fn of fnResources()) {
      expect(fn.Properties.LoggingConfig).toMatchObject({ LogGroup: { Ref: expect.any(String) } });
    }
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });
});

describe('secrets and mail', () => {
  it('keeps the HMAC key in a generated secret of at least 32 characters', () => {
    const [secret] = Object.values(template.findResources('AWS::SecretsManager::Secret'));
    expect(secret?.Properties.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(32);
  });

  it('lets the web function read that one secret', () => {
    const [secretId] = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['secretsmanager:GetSecretValue']), Resource: { Ref: secretId } }),
        ]),
      },
    });
  });

  it('gives the web function, and it alone, the Parameters and Secrets extension layer for its secret', () => {
    const withLayers = Object.values(template.findResources('AWS::Lambda::Function')).filter((fn) => fn.Properties.Layers);
    expect(withLayers.map((fn) => fn.Properties.Description)).toEqual(['Tandem web app and JSON API']);
    // The layer's ARN differs by region: a literal ARN, or a lookup in a mapping the template carries.
    const layers = JSON.stringify(withLayers[0]!.Properties.Layers);
    const mappings = JSON.stringify(template.toJSON().Mappings ?? {});
    const extension = 'AWS-Parameters-and-Secrets-Lambda-Extension-Arm64';
    expect(layers.includes(extension) || (layers.includes('Fn::FindInMap') && mappings.includes(extension)), layers).toBe(true);
  });

  it('sends through an SES configuration set that requires TLS', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', { DeliveryOptions: { TlsPolicy: 'REQUIRE' } });
  });

  it('may send only as the configured sender address', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'ses:SendRawEmail',
            Condition: { StringEquals: { 'ses:FromAddress': { Ref: 'SenderAddress' } } },
          }),
        ]),
      },
    });
  });

  it('accepts only an https app URL as parameter', () => {
    const pattern = new RegExp(template.toJSON().Parameters.AppUrl.AllowedPattern as string);
    expect(pattern.test('https://tandem.example.org')).toBe(true);
    expect(pattern.test('http://tandem.example.org')).toBe(false);
  });
});

describe('the API', () => {
  it('is a regional REST API proxying the root and every path to the function', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
    template.resourceCountIs('AWS::ApiGateway::Method', 2);
    template.allResourcesProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'ANY',
      Integration: Match.objectLike({ Type: 'AWS_PROXY' }),
    });
    template.hasResourceProperties('AWS::ApiGateway::Resource', { PathPart: '{proxy+}' });
  });

  it('compresses answers of 1 KiB and more (pages, CSS, JSON) for clients that accept it', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { MinimumCompressionSize: 1024 });
  });

  it('passes uploads to the function as bytes (multipart forms, PDF, images, XLSX), not as mangled text', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      BinaryMediaTypes: ['multipart/form-data', 'application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    });
  });

  it('throttles the stage and writes JSON access logs, without logging request bodies', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      TracingEnabled: true,
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          HttpMethod: '*',
          ResourcePath: '/*',
          ThrottlingRateLimit: Match.anyValue(),
          ThrottlingBurstLimit: Match.anyValue(),
          DataTraceEnabled: false,
        }),
      ]),
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('^\\{.*\\}$') },
    });
  });

  it('sits behind a WAF with a per-IP rate limit and the AWS common rules', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: 'IP' }) } }),
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              VendorName: 'AWS',
              Name: 'AWSManagedRulesCommonRuleSet',
              // The app's own 64 KiB limit governs body size, not the rule set's 8 KB.
              RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
            }),
          },
        }),
      ]),
    });
    const [stageId] = Object.keys(template.findResources('AWS::ApiGateway::Stage'));
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: { 'Fn::Join': ['', Match.arrayWith([{ Ref: stageId }])] },
    });
  });
});

describe('alarms and outputs', () => {
  it('alarm on API server errors, function errors and function throttles', () => {
    for (const metric of ['5XXError', 'Errors', 'Throttles']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: metric });
    }
  });

  it('output the API URL and the table name', () => {
    template.hasOutput('ApiUrl', {});
    template.hasOutput('TableName', {});
  });
});

/** Every resource the web function's role may call lambda:InvokeFunction on. */
const invokable = () => {
  const web = Object.values(template.findResources('AWS::Lambda::Function')).find((fn) => fn.Properties.Description === 'Tandem web app and JSON API')!;
  const roleId = web.Properties.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
    .filter((st) => [st.Action].flat().includes('lambda:InvokeFunction'))
    .flatMap((st) => [st.Resource].flat());
};

/** The logical id of the one queue under the construct whose id starts with `owner`. */
const queueOf = (owner: string) => {
  const ids = Object.keys(template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith(owner));
  expect(ids).toHaveLength(1);
  return ids[0]!;
};

describe('sign-in links', () => {
  const signInFunction = () => Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => /sign-in links/.test(fn.Properties.Description))![0];

  it('are sent by a function of their own, which the web function invokes asynchronously and may invoke, nothing more', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem web app and JSON API',
      Environment: { Variables: Match.objectLike({ SIGN_IN_FUNCTION_NAME: { Ref: signInFunction() } }) },
    });
    expect(invokable()).toContainEqual({ 'Fn::GetAtt': [signInFunction(), 'Arn'] });
    // It needs no HMAC key: only the table and the mail.
    const fn = template.findResources('AWS::Lambda::Function')[signInFunction()]!;
    expect(fn.Properties.Environment.Variables.SECRET_ARN).toBeUndefined();
    expect(fn.Properties.Environment.Variables).toMatchObject({ APP_URL: { Ref: 'AppUrl' }, MAIL_FROM: { Ref: 'SenderAddress' } });
  });

  it('that fail after two retries, or wait past 10 minutes, go to an encrypted dead-letter queue with an alarm', () => {
    const queueId = queueOf('SignInLinks');
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: signInFunction() },
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    expect(template.findResources('AWS::SQS::Queue')[queueId]!.Properties).toMatchObject({ SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
    });
  });
});

describe('notifications and reminders', () => {
  const notificationsFunction = () =>
    Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => /notifications and reminders/.test(fn.Properties.Description))![0];

  it('runs the reminders every 15 minutes from EventBridge Scheduler, with its own role and a dead-letter queue', () => {
    const queueId = queueOf('Notifications');
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [notificationsFunction(), 'Arn'] },
        Input: JSON.stringify({ run: 'reminders' }),
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 900 }),
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
      }),
    });
  });

  it('is invoked asynchronously by the web function, which may invoke it and gets its name', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem web app and JSON API',
      Environment: { Variables: Match.objectLike({ NOTIFICATIONS_FUNCTION_NAME: { Ref: notificationsFunction() } }) },
    });
    expect(invokable()).toContainEqual({ 'Fn::GetAtt': [notificationsFunction(), 'Arn'] });
    // Table, mail and the HMAC key (the alert reminders' unsubscribe links are signed with it).
    const fn = template.findResources('AWS::Lambda::Function')[notificationsFunction()]!;
    expect(fn.Properties.Environment.Variables.SECRET_ARN).toEqual({ Ref: 'HmacKeySecret6488F390' });
    expect(fn.Properties).toMatchObject({ Timeout: 300, ReservedConcurrentExecutions: 5 });
    expect(fn.Properties.Environment.Variables).toMatchObject({ APP_URL: { Ref: 'AppUrl' }, MAIL_FROM: { Ref: 'SenderAddress' } });
  });

  it('sends what fails after two retries to an encrypted, TLS-only dead-letter queue with an alarm, and alarms on errors', () => {
    const queueId = queueOf('Notifications');
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: notificationsFunction() },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    expect(template.findResources('AWS::SQS::Queue')[queueId]!.Properties).toMatchObject({ SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: notificationsFunction() } }] });
  });
});

describe('the weekly digest', () => {
  const digestFunction = () => {
    const [id] = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => fn.Properties.Description === 'Tandem weekly digest')!;
    return id;
  };

  it('runs on an EventBridge Scheduler cron in the Brussels time zone, Monday 07:00 by default, a stack parameter', () => {
    expect(template.toJSON().Parameters.DigestSchedule).toMatchObject({ Type: 'String', Default: 'cron(0 7 ? * MON *)' });
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: { Ref: 'DigestSchedule' },
      ScheduleExpressionTimezone: 'Europe/Brussels',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [digestFunction(), 'Arn'] },
        Input: JSON.stringify({ trigger: 'schedule' }),
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3 }),
      }),
    });
  });

  it('sends failed schedules and failed runs to an encrypted, TLS-only dead-letter queue', () => {
    const queueId = queueOf('WeeklyDigest');
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Target: Match.objectLike({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } } }),
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: digestFunction() },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('alarms on the dead-letter queue and on the errors of the digest, SES-events, sign-in link and alert sender functions', () => {
    const queueId = queueOf('WeeklyDigest');
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: digestFunction() } }] });
    // Web, digest, digest batch worker, SES events, sign-in links, notifications, the alert sender, the coverage aggregator and the intake email function.
    expect(Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter((a) => a.Properties.MetricName === 'Errors')).toHaveLength(9);
  });

  it('gives the digest function 15 minutes, the send rate parameter and the HMAC key for unsubscribe links', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem weekly digest',
      Timeout: 900,
      Environment: { Variables: Match.objectLike({ SES_MAX_SEND_RATE: { Ref: 'SesMaxSendRate' }, SECRET_ARN: Match.anyValue(), APP_URL: { Ref: 'AppUrl' } }) },
    });
  });

  it('lets the web function invoke the digest function (and the sign-in link and notifications functions), no other', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem web app and JSON API',
      Environment: { Variables: Match.objectLike({ DIGEST_FUNCTION_NAME: { Ref: digestFunction() } }) },
    });
    const signIn = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => /sign-in links/.test(fn.Properties.Description))![0];
    const notifications = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => /notifications and reminders/.test(fn.Properties.Description))![0];
    // The digest, sign-in link and notifications functions: no other, no wildcard.
    expect(invokable()).toEqual([{ 'Fn::GetAtt': [digestFunction(), 'Arn'] }, { 'Fn::GetAtt': [notifications, 'Arn'] }, { 'Fn::GetAtt': [signIn, 'Arn'] }]);
  });
});

describe('bounces and complaints', () => {
  // The stack has more than one topic and key (alarms, logs): find the SES one by name.
  const sesTopic = () => Object.entries(template.findResources('AWS::SNS::Topic')).find(([, t]) => t.Properties.DisplayName === 'Tandem SES bounces and complaints')!;

  it('the configuration set publishes bounces and complaints to an SNS topic', () => {
    const [topicId] = sesTopic();
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: topicId } },
      }),
    });
  });

  it('the topic is encrypted with a rotating key that SES may use, and feeds the SES-events function', () => {
    const [, topic] = sesTopic();
    const [keyId] = (topic.Properties.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
    expect(template.findResources('AWS::KMS::Key')[keyId]).toBeDefined();
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'ses.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
    const [handlerId] = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => /SES bounces/.test(fn.Properties.Description))!;
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', Endpoint: { 'Fn::GetAtt': [handlerId, 'Arn'] } });
  });
});

describe('the web function bundle', () => {
  it('contains the API', () => {
    expect(webBundle).toContain('/api/cases');
  });

  it('reads its secret through the extension, without the Secrets Manager client', () => {
    expect(webBundle).toContain('/secretsmanager/get');
    expect(webBundle).not.toContain('GetSecretValue');
  });

  it('does not contain the local-only outbox routes', () => {
    expect(webBundle).not.toContain('/dev/outbox');
  });

  it('gives the ESM bundle a real require, for the AWS SDK', () => {
    expect(webBundle.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
  });
});

describe('urgent alerts', () => {
  const queueIds = () => Object.keys(template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith('Alerts'));
  const deadLetters = () => queueIds().find((id) => id.includes('DeadLetters'))!;
  const work = () => queueIds().find((id) => !id.includes('DeadLetters'))!;
  const sender = () => Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => /urgent alerts sender/.test(fn.Properties.Description))![0];

  it('has a work queue and its dead-letter queue, both encrypted and TLS-only, 5 receives before dead-lettering', () => {
    expect(queueIds()).toHaveLength(2);
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLetters(), 'Arn'] }, maxReceiveCount: 5 },
      VisibilityTimeout: 360,
    });
    for (const id of queueIds()) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });

  it('feeds the sender in batches of 10 with partial batch failures, at most 2 at once', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [work(), 'Arn'] },
      FunctionName: { Ref: sender() },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem urgent alerts sender (SQS)',
      Environment: { Variables: Match.objectLike({ SES_MAX_SEND_RATE: { Ref: 'SesMaxSendRate' }, ALERT_SENDER_CONCURRENCY: '2', SECRET_ARN: Match.anyValue() }) },
    });
  });

  it('lets the web function send to the queue, and tells it where', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem web app and JSON API',
      Environment: { Variables: Match.objectLike({ ALERT_QUEUE_URL: { Ref: work() } }) },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: Match.arrayWith(['sqs:SendMessage']), Resource: { 'Fn::GetAtt': [work(), 'Arn'] },
        })]),
      },
    });
  });

  it('alarms on the dead-letter queue\'s depth, on the work queue\'s oldest message past 60 s, and on the sender\'s errors', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetters(), 'QueueName'] } }], Threshold: 1,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [work(), 'QueueName'] } }], Threshold: 60,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: sender() } }] });
  });
});

describe('coverage aggregates', () => {
  const aggregatorId = () => Object.entries(template.findResources('AWS::Lambda::Function'))
    .find(([, fn]) => /coverage aggregates/.test(fn.Properties.Description))![0];

  it('the table streams new and old images, as the shared definition says', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: TABLE.streamView } });
  });

  it('an aggregator function reads the stream from its trim horizon, in order, filtered to cases and alerts, with partial batch responses', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: aggregatorId() },
      EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      MaximumRetryAttempts: 10,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [
        { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'CASE#' }] } } } }) },
        { Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'ALERT#' }] } } } }) },
      ] },
    });
  });

  it('sends what still fails to an encrypted, TLS-only dead-letter queue (the on-failure destination), with an alarm', () => {
    const queueId = queueOf('CoverageDeadLetters');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: aggregatorId() },
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
    });
  });

  it('alarms on the aggregator\'s errors and on a stream more than 5 minutes behind', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: aggregatorId() } }] });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge', Threshold: 300_000, Dimensions: [{ Name: 'FunctionName', Value: { Ref: aggregatorId() } }],
    });
  });

  it('the aggregator may read the stream and items, and never scan', () => {
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).toMatch(/dynamodb:GetRecords/);
    expect(policies).not.toMatch(/dynamodb:Scan/);
  });
});

describe('digests in batches (past one Lambda\'s lifetime)', () => {
  const queueIds = () => Object.keys(template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith('DigestBatches'));
  const deadLetters = () => queueIds().find((id) => id.includes('DeadLetters'))!;
  const work = () => queueIds().find((id) => !id.includes('DeadLetters'))!;
  const functionId = (description: RegExp) => Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) => description.test(fn.Properties.Description))![0];
  const worker = () => functionId(/one batch of members/);

  it('has a work queue and its dead-letter queue, both encrypted and TLS-only, 5 receives before dead-lettering', () => {
    expect(queueIds()).toHaveLength(2);
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLetters(), 'Arn'] }, maxReceiveCount: 5 },
      VisibilityTimeout: 1800,
    });
    for (const id of queueIds()) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });

  it('feeds the worker one batch at a time with partial batch failures, at most 2 at once, 15 minutes each', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [work(), 'Arn'] }, FunctionName: { Ref: worker() },
      BatchSize: 1, FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 2 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem weekly digest, one batch of members (SQS)',
      Timeout: 900,
      Environment: { Variables: Match.objectLike({ SES_MAX_SEND_RATE: { Ref: 'SesMaxSendRate' }, DIGEST_WORKER_CONCURRENCY: '2', SECRET_ARN: Match.anyValue() }) },
    });
  });

  it('lets the digest function (not the web function) send to the queue, and tells it where', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Tandem weekly digest',
      Environment: { Variables: Match.objectLike({ DIGEST_QUEUE_URL: { Ref: work() } }) },
    });
    const senders = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties.PolicyDocument).includes(`"Fn::GetAtt":["${work()}","Arn"]`) && JSON.stringify(p.Properties.PolicyDocument).includes('sqs:SendMessage'));
    expect(senders.map((p) => (p.Properties.Roles as { Ref: string }[]).map((r) => r.Ref).join())).toEqual([
      (template.findResources('AWS::Lambda::Function')[functionId(/^Tandem weekly digest$/)]!.Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0],
    ]);
  });

  it('alarms on the dead-letter queue\'s depth and on the worker\'s errors', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetters(), 'QueueName'] } }], Threshold: 1,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: worker() } }] });
  });
});
