/** The stack tests: sign-in links, notifications and reminders, the weekly digest, bounces and complaints. Registered by `test/infra/stack.test.ts`. */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { expectDeadLetters, fnResources, invokable, queueOf, stack } from './synthesized.ts';

export function describeWorkAfterAnswers() {
  describe('sign-in links', () => {
    const signInFunction = () => Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => /sign-in links/.test(fn.Properties.Description))![0];

    it('are sent by a function of their own, which the web function invokes asynchronously and may invoke, nothing more', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem web app and JSON API',
        Environment: { Variables: Match.objectLike({ SIGN_IN_FUNCTION_NAME: { Ref: signInFunction() } }) },
      });
      expect(invokable()).toContainEqual({ 'Fn::GetAtt': [signInFunction(), 'Arn'] });
      // It needs no HMAC key: only the table and the mail.
      const fn = stack.template.findResources('AWS::Lambda::Function')[signInFunction()]!;
      expect(fn.Properties.Environment.Variables.SECRET_ARN).toBeUndefined();
      expect(fn.Properties.Environment.Variables).toMatchObject({ APP_URL: { Ref: 'AppUrl' }, MAIL_FROM: { Ref: 'SenderAddress' } });
    });

    it('that fail after two retries, or wait past 10 minutes, go to an encrypted dead-letter queue with an alarm', () => {
      expectDeadLetters(signInFunction(), queueOf('SignInLinks'), { MaximumEventAgeInSeconds: 600 });
    });
  });

  describe('notifications and reminders', () => {
    const notificationsFunction = () =>
      Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => /notifications and reminders/.test(fn.Properties.Description))![0];

    it('runs the reminders every 15 minutes from EventBridge Scheduler, with its own role and a dead-letter queue', () => {
      const queueId = queueOf('Notifications');
      stack.template.hasResourceProperties('AWS::Scheduler::Schedule', {
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
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem web app and JSON API',
        Environment: { Variables: Match.objectLike({ NOTIFICATIONS_FUNCTION_NAME: { Ref: notificationsFunction() } }) },
      });
      expect(invokable()).toContainEqual({ 'Fn::GetAtt': [notificationsFunction(), 'Arn'] });
      // Table, mail and the HMAC key (the alert reminders' unsubscribe links are signed with it).
      const fn = stack.template.findResources('AWS::Lambda::Function')[notificationsFunction()]!;
      expect(fn.Properties.Environment.Variables.SECRET_ARN).toEqual({ Ref: 'HmacKeySecret6488F390' });
      expect(fn.Properties).toMatchObject({ Timeout: 300, ReservedConcurrentExecutions: 5 });
      expect(fn.Properties.Environment.Variables).toMatchObject({ APP_URL: { Ref: 'AppUrl' }, MAIL_FROM: { Ref: 'SenderAddress' } });
    });

    it('sends what fails after two retries to an encrypted, TLS-only dead-letter queue with an alarm, and alarms on errors', () => {
      expectDeadLetters(notificationsFunction(), queueOf('Notifications'));
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: notificationsFunction() } }] });
    });
  });

  describe('the weekly digest', () => {
    const digestFunction = () => {
      const [id] = Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => fn.Properties.Description === 'Tandem weekly digest')!;
      return id;
    };

    it('runs on an EventBridge Scheduler cron in the Brussels time zone, Monday 07:00 by default, a stack parameter', () => {
      expect(stack.template.toJSON().Parameters.DigestSchedule).toMatchObject({ Type: 'String', Default: 'cron(0 7 ? * MON *)' });
      stack.template.hasResourceProperties('AWS::Scheduler::Schedule', {
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
      stack.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      stack.template.hasResourceProperties('AWS::Scheduler::Schedule', {
        Target: Match.objectLike({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } } }),
      });
      stack.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: digestFunction() },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
      stack.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    });

    it('alarms on the dead-letter queue and on the errors of the digest, SES-events, sign-in link and alert sender functions', () => {
      const queueId = queueOf('WeeklyDigest');
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Threshold: 1,
      });
      stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: digestFunction() } }] });
      // Web, digest, digest batch worker, SES events, sign-in links, notifications, the alert sender, the coverage aggregator, the intake email function and the import worker.
      expect(Object.values(stack.template.findResources('AWS::CloudWatch::Alarm')).filter((a) => a.Properties.MetricName === 'Errors')).toHaveLength(10);
    });

    it('gives the digest function 15 minutes, the send rate parameter and the HMAC key for unsubscribe links', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem weekly digest',
        Timeout: 900,
        Environment: { Variables: Match.objectLike({ SES_MAX_SEND_RATE: { Ref: 'SesMaxSendRate' }, SECRET_ARN: Match.anyValue(), APP_URL: { Ref: 'AppUrl' } }) },
      });
    });

    it('lets the web function invoke the digest function (and the sign-in link and notifications functions), no other', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: 'Tandem web app and JSON API',
        Environment: { Variables: Match.objectLike({ DIGEST_FUNCTION_NAME: { Ref: digestFunction() } }) },
      });
      const signIn = Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => /sign-in links/.test(fn.Properties.Description))![0];
      const notifications = Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => /notifications and reminders/.test(fn.Properties.Description))![0];
      // The digest, sign-in link and notifications functions: no other, no wildcard.
      expect(invokable()).toEqual([{ 'Fn::GetAtt': [digestFunction(), 'Arn'] }, { 'Fn::GetAtt': [notifications, 'Arn'] }, { 'Fn::GetAtt': [signIn, 'Arn'] }]);
    });
  });

  describe('bounces and complaints', () => {
    // The stack has more than one topic and key (alarms, logs): find the SES one by name.
    const sesTopic = () => Object.entries(stack.template.findResources('AWS::SNS::Topic')).find(([, t]) => t.Properties.DisplayName === 'Tandem SES bounces and complaints')!;

    it('the configuration set publishes bounces and complaints to an SNS topic', () => {
      const [topicId] = sesTopic();
      stack.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
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
      expect(stack.template.findResources('AWS::KMS::Key')[keyId]).toBeDefined();
      stack.template.hasResourceProperties('AWS::KMS::Key', {
        EnableKeyRotation: true,
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'ses.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
      });
      const [handlerId] = Object.entries(stack.template.findResources('AWS::Lambda::Function')).find(([, fn]) => /SES bounces/.test(fn.Properties.Description))!;
      stack.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', Endpoint: { 'Fn::GetAtt': [handlerId, 'Arn'] } });
    });
  });
}
