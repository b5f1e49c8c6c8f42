/**
 * AWS Control Tower's proactive controls, as the cfn-guard rules AWS
 * publishes, run on the synthesized template by the CDK policy-validation
 * plugin: no finding left unacknowledged, each acknowledgement with its
 * reason. And the one finding that was a real gap, alarms nobody hears of
 * (CT.CLOUDWATCH.PR.1), is closed: every alarm notifies an encrypted SNS
 * topic with an email subscription to the address given at deployment.
 */
import { rmSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Alarm, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { PolicyValidationReportJson } from 'aws-cdk-lib/cloud-assembly-schema';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUARD_PLUGIN } from '../../infra/constructs/nag.ts';
import { createTandemApp } from '../../infra/tandem-app.ts';
import { type Acknowledgement, acknowledgementsIn, readValidationReport, testAppProps, unacknowledgedFindings } from './synth.ts';

let outdir: string;
let template: Template;
let report: PolicyValidationReportJson;
let acknowledgements: Acknowledgement[];

beforeAll(() => {
  const props = testAppProps();
  outdir = props.outdir;
  const { app, stack } = createTandemApp(props);
  const assembly = app.synth();
  template = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  report = readValidationReport(assembly);
  acknowledgements = acknowledgementsIn(app);
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const guardReport = () => report.pluginReports.find((p) => p.pluginName === GUARD_PLUGIN);
const guardAcknowledgements = () => acknowledgements.filter((a) => a.id.startsWith(`${GUARD_PLUGIN}::`));

describe('AWS Control Tower rules (cfn-guard, as a CDK validation plugin)', () => {
  it('run on the app, and evaluate the template (acknowledged findings prove they looked)', () => {
    expect(guardReport(), 'the cfn-guard plugin report').toBeDefined();
    expect(guardReport()!.suppressedViolations?.length ?? 0).toBeGreaterThan(0);
  });

  it('leave 0 findings unacknowledged', () => {
    const guardOnly = { ...report, pluginReports: report.pluginReports.filter((p) => p.pluginName === GUARD_PLUGIN) };
    expect(unacknowledgedFindings(guardOnly)).toEqual([]);
    expect(guardReport()!.conclusion).toBe('success');
  });

  it('acknowledge each exception with its control and a reason', () => {
    expect(guardAcknowledgements().length).toBeGreaterThan(0);
    for (const ack of guardAcknowledgements()) {
      expect(ack.reason, `${ack.id} at ${ack.at}`).toMatch(/^CT\.[A-Z][A-Z0-9]*\.PR\.\d+: /);
      expect(ack.reason.replace(/^CT\.[A-Z][A-Z0-9]*\.PR\.\d+: /, '').trim().length, `${ack.id} at ${ack.at}`).toBeGreaterThan(30);
    }
  });

  it('never acknowledge the controls that were fixed, not excused: alarm actions, log encryption, key grants', () => {
    const fixed = ['cloudwatch_alarm_action_check', 'cloudwatch_log_group_encrypted_check', 'kms_create_grant_aws_service_check'];
    expect(guardAcknowledgements().map((a) => a.id).filter((id) => fixed.some((rule) => id.endsWith(`::${rule}`)))).toEqual([]);
  });

  it('would fail on a finding: an alarm without an action is reported (CT.CLOUDWATCH.PR.1)', () => {
    const app = new App(testAppProps());
    Validations.of(app).addPlugins(new CfnGuardValidator());
    new Alarm(new Stack(app, 'Unheard'), 'Alarm', { metric: new Metric({ namespace: 'Tandem', metricName: 'Failures' }), threshold: 1, evaluationPeriods: 1 });
    const findings = unacknowledgedFindings(readValidationReport(app.synth()));
    rmSync(app.outdir, { recursive: true, force: true });
    expect(findings.some((f) => f.includes('CT.CLOUDWATCH.PR.1'))).toBe(true);
  });
});

describe('alarm notifications', () => {
  const alarmTopicId = () => {
    const [id] = Object.entries(template.findResources('AWS::SNS::Topic')).find(([, t]) => t.Properties.DisplayName === 'Tandem alarms') ?? [];
    if (!id) throw new Error('no alarm topic');
    return id;
  };

  it('every alarm notifies the alarm topic when it fires and when it recovers', () => {
    const alarms = Object.entries(template.findResources('AWS::CloudWatch::Alarm'));
    // API 5XX, the web, digest and SES-events functions' errors and throttles, the digest dead-letter queue,
    // and the sign-in link function's errors, throttles and dead-letter queue.
    // 11, plus the notifications function's errors and throttles and its dead-letter queue (14),
    // plus the alert sender's errors and throttles, its dead-letter queue and its queue's oldest message (18),
    // plus the digest batch worker's errors and throttles and its dead-letter queue (21),
    // plus the coverage aggregator's errors and throttles, its dead-letter queue and its stream's iterator age (25),
    // plus the intake email function's errors and throttles and its dead-letter queue (28),
    // plus the import worker's errors and throttles and its dead-letter queue (31).
    expect(alarms.length).toBe(31);
    const unheard = alarms.filter(([, a]) => {
      const actions = JSON.stringify([a.Properties.AlarmActions, a.Properties.OKActions]);
      return (a.Properties.AlarmActions ?? []).length === 0 || !actions.includes(alarmTopicId()) || (a.Properties.OKActions ?? []).length === 0;
    });
    expect(unheard.map(([id]) => id)).toEqual([]);
  });

  it('the topic emails the address of the AlarmEmail stack parameter', () => {
    const parameter = template.toJSON().Parameters.AlarmEmail;
    expect(parameter).toMatchObject({ Type: 'String' });
    const pattern = new RegExp(parameter.AllowedPattern as string);
    expect(pattern.test('oncall@example.org')).toBe(true);
    expect(pattern.test('not an address')).toBe(false);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' }, TopicArn: { Ref: alarmTopicId() } });
  });

  it('the topic is encrypted with a rotating key that CloudWatch may use for this account only, and requires TLS', () => {
    const topic = template.findResources('AWS::SNS::Topic')[alarmTopicId()]!;
    const [keyId] = (topic.Properties.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
              Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
            }),
          ]),
        },
      }),
    });
    expect(Object.keys(template.findResources('AWS::KMS::Key'))).toContain(keyId);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: alarmTopicId() }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});
