/**
 * The WAF in front of the API: a per-IP rate limit and the AWS common rule
 * set. The limit is generous on purpose: a whole parliament or embassy can
 * sit behind one NAT address, and blocking it would lock out the very people
 * the platform is for. The stage throttle caps the total anyway.
 */
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface WebAclProps {
  /** ARN of the API Gateway stage to protect. */
  readonly stageArn: string;
  /** Requests per IP per 5 minutes. @default 1000 */
  readonly requestsPerIpPer5Minutes?: number;
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  metricName,
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
});

export class WebAcl extends Construct {
  readonly acl: CfnWebACL;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
    this.acl = new CfnWebACL(this, 'Acl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('tandem-web-acl'),
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: props.requestsPerIpPer5Minutes ?? 1000,
              evaluationWindowSec: 300,
            },
          },
          visibilityConfig: visibility('tandem-rate-limit-per-ip'),
        },
        {
          name: 'AwsCommonRuleSet',
          priority: 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // Its 8 KB body cap would refuse legitimate case texts; the app enforces its own
              // 64 KiB limit (413) and validates every field, so that rule only counts here.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('tandem-aws-common-rules'),
        },
      ],
    });
    new CfnWebACLAssociation(this, 'Association', { resourceArn: props.stageArn, webAclArn: this.acl.attrArn });
  }
}
