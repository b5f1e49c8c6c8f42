/**
 * Where alarms go: an SNS topic (encrypted with its own rotating key, HTTPS
 * only) with an email subscription to the address given at deployment. AWS
 * asks the recipient to confirm the subscription once. CloudWatch may use the
 * key only for alarms of this account, to publish to this topic.
 */
import { Stack } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { limitGrantsToAwsServices } from './key-policy.ts';

export interface AlarmNotificationsProps {
  /** Who is told when an alarm fires (and when it is back to OK). */
  readonly email: string;
}

export class AlarmNotifications extends Construct {
  readonly topic: Topic;
  readonly action: IAlarmAction;

  constructor(scope: Construct, id: string, props: AlarmNotificationsProps) {
    super(scope, id);
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Tandem alarm notifications topic' });
    // An encrypted topic needs CloudWatch to be allowed the key, or alarms fail to publish silently.
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    limitGrantsToAwsServices(key);
    this.topic = new Topic(this, 'Topic', { displayName: 'Tandem alarms', masterKey: key, enforceSSL: true });
    this.topic.addSubscription(new EmailSubscription(props.email));
    this.action = new SnsAction(this.topic);
  }
}
