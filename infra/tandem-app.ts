/**
 * Builds the CDK app: the stack and the cdk-nag AwsSolutions checks, which
 * run as a validation plugin at synthesis. Shared by `cdk synth` (app.ts)
 * and the tests, so both check exactly the same thing.
 */
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TandemStack } from './tandem-stack.ts';

export function createTandemApp(props?: AppProps): { app: App; stack: TandemStack } {
  const app = new App(props);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  // Environment-agnostic: synthesizes offline, deploys to the CLI's account and region.
  const stack = new TandemStack(app, 'TandemStack', {
    description: 'Tandem: MPs and diplomats protecting human rights defenders',
  });
  return { app, stack };
}
