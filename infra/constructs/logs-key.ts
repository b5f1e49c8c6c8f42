/**
 * One customer-managed, rotating key for every log group of the stack (AWS
 * Control Tower CT.CLOUDWATCH.PR.3): access logs hold members' IP addresses
 * and case ids in paths, so reading them takes kms:Decrypt on this key too,
 * and revoking the key makes them unreadable. CloudWatch Logs may use it only
 * for log groups of this account and region.
 */
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { limitGrantsToAwsServices } from './key-policy.ts';

const ID = 'LogsKey';

/** The stack's logs key, made on first use, so each log group can ask for it without threading it through props. */
export function logsKeyOf(scope: Construct): Key {
  const stack = Stack.of(scope);
  const existing = stack.node.tryFindChild(ID);
  if (existing) return existing as Key;
  const key = new Key(stack, ID, { enableKeyRotation: true, description: 'Tandem CloudWatch log groups' });
  key.addToResourcePolicy(
    new PolicyStatement({
      principals: [new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      conditions: {
        ArnLike: { 'kms:EncryptionContext:aws:logs:arn': stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) },
      },
    }),
  );
  limitGrantsToAwsServices(key);
  return key;
}
