/**
 * Builds the CDK app: the stack and the two reviews that run as validation
 * plugins at synthesis: cdk-nag's AwsSolutions checks and AWS Control Tower's
 * proactive controls as cfn-guard rules (the guard binary ships in the npm
 * package, so this runs offline). Shared by `cdk synth` (app.ts) and the
 * tests, so both check exactly the same thing.
 */
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TandemStack } from './tandem-stack.ts';

export function createTandemApp(props?: AppProps): { app: App; stack: TandemStack } {
  const app = new App(props);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new CfnGuardValidator({ controlTowerRulesEnabled: true }));
  // Environment-agnostic: synthesizes offline, deploys to the CLI's account and region.
  const stack = new TandemStack(app, 'TandemStack', {
    description: 'Tandem: MPs and diplomats protecting human rights defenders',
  });
  return { app, stack };
}
