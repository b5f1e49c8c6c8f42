/**
 * One rule for every customer-managed key of the stack (AWS Control Tower
 * CT.KMS.PR.3): grants on the key may be created only for AWS services acting
 * for an AWS resource, so nobody can hand out lasting use of a key through a
 * grant, which key policies and IAM reviews would not show.
 */
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';

export function limitGrantsToAwsServices(key: Key): void {
  key.addToResourcePolicy(
    new PolicyStatement({
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }),
  );
}
