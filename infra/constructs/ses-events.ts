/**
 * Bounces and complaints: the SES configuration set publishes them to an
 * SNS topic (encrypted with its own rotating key, HTTPS only), and the
 * SES-events function, subscribed to it, puts the addresses on the
 * suppression list. SES may use the key only to publish to this topic.
 */
import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { limitGrantsToAwsServices } from './key-policy.ts';
import type { MailSending } from './mail-sending.ts';

export interface SesEventsProps {
  readonly mail: MailSending;
  readonly handler: IFunction;
}

export class SesEvents extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: SesEventsProps) {
    super(scope, id);
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Tandem SES events topic' });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    limitGrantsToAwsServices(key);
    this.topic = new Topic(this, 'Topic', { displayName: 'Tandem SES bounces and complaints', masterKey: key, enforceSSL: true });
    props.mail.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.topic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.topic.addSubscription(new LambdaSubscription(props.handler));
  }
}
