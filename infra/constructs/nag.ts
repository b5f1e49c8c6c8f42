/**
 * Acknowledging a finding of a validation plugin, always with a reason. The
 * namespaced id (`<plugin>::<rule>`) lets CDK itself match the finding, so it
 * stays in the validation report as "suppressed", with the reason and where
 * it was acknowledged, instead of vanishing. Two plugins run at synthesis:
 * cdk-nag's AwsSolutions pack and the AWS Control Tower cfn-guard rules.
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** The name the cfn-guard plugin reports under, and so the namespace of its acknowledgements. */
export const GUARD_PLUGIN = 'cdk-validator-cfnguard';

export function acknowledgeNag(scope: IConstruct, rule: `AwsSolutions-${string}`, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${rule}`, reason });
}

/**
 * A Control Tower guard rule, named as guard reports it (`lambda_inside_vpc_check`),
 * with the control it implements (`CT.LAMBDA.PR.3`) kept in the reason for readers.
 */
export function acknowledgeGuard(scope: IConstruct, rule: `${string}_check`, control: `CT.${string}`, reason: string): void {
  Validations.of(scope).acknowledge({ id: `${GUARD_PLUGIN}::${rule}`, reason: `${control}: ${reason}` });
}
