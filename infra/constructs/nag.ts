/**
 * Acknowledging a cdk-nag AwsSolutions finding, always with a reason. The
 * namespaced id (`AwsSolutions::<rule>`) lets CDK itself match the finding,
 * so it stays in the validation report as "suppressed", with the reason and
 * where it was acknowledged, instead of vanishing.
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export function acknowledgeNag(scope: IConstruct, rule: `AwsSolutions-${string}`, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${rule}`, reason });
}
