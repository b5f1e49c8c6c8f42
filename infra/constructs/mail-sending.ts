/**
 * Sending mail through SES: the configuration set every message goes out
 * with, and the one grant to send as the configured sender. TLS is required
 * to the recipient's server: these messages name defenders at risk.
 * Bounces and complaints go from this configuration set to SNS (see ses-events.ts).
 */
import { Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { ConfigurationSet, ConfigurationSetTlsPolicy, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { acknowledgeNag } from './nag.ts';

export interface MailSendingProps {
  /** The From address (a verified SES identity, or an address of a verified domain). */
  readonly senderAddress: string;
}

export class MailSending extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly senderAddress: string;

  constructor(scope: Construct, id: string, props: MailSendingProps) {
    super(scope, id);
    this.senderAddress = props.senderAddress;
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
  }

  get configurationSetName(): string {
    return this.configurationSet.configurationSetName;
  }

  /**
   * ses:SendRawEmail from the configured sender address only, through this
   * configuration set only.
   */
  grantSend(grantee: IGrantable): void {
    const stack = Stack.of(this);
    const identities = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' });
    const configurationSet = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSetName,
    });
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendRawEmail'],
        resources: [identities, configurationSet],
        conditions: { StringEquals: { 'ses:FromAddress': this.senderAddress } },
      }),
    );
    if (Construct.isConstruct(grantee.grantPrincipal)) {
      acknowledgeNag(
        grantee.grantPrincipal,
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*]',
        'SES authorizes against whichever identity verifies the sender (the address or its domain) and, in the ' +
          'sandbox, also the recipients; identity/* is limited to this account and region, and the ' +
          'ses:FromAddress condition pins the sender to the configured address.',
      );
    }
  }
}
