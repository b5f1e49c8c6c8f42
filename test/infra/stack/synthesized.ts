/**
 * The Tandem app synthesized once for the stack tests (`test/infra/stack.test.ts` fills it in its
 * `beforeAll`; the bundling runs esbuild, so it is done once), and the helpers the feature files
 * under `test/infra/stack/` read it with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Template } from 'aws-cdk-lib/assertions';
import type { PolicyValidationReportJson } from 'aws-cdk-lib/cloud-assembly-schema';
import { AssetManifestArtifact, type CloudFormationStackArtifact } from 'aws-cdk-lib/cx-api';
import { createTandemApp } from '../../../infra/tandem-app.ts';
import { type Acknowledgement, acknowledgementsIn, readValidationReport, testAppProps } from '../synth.ts';

export interface SynthesizedStack {
  outdir: string;
  template: Template;
  report: PolicyValidationReportJson;
  acknowledgements: Acknowledgement[];
  /** The web function's bundle as deployed, by file (index.mjs, chunks/…). */
  webBundle: Map<string, string>;
  /** The folder of the web function's asset as deployed (the bundle and the package files it reads). */
  webAssetDir: string;
}

/** Filled by `synthesizeStack()` before any test runs; the feature files read it inside their tests. */
export const stack = {} as SynthesizedStack;

export function synthesizeStack(): void {
  const props = testAppProps();
  const { app, stack: tandem } = createTandemApp(props);
  const assembly = app.synth();
  const artifact = assembly.getStackArtifact(tandem.artifactId);
  const template = Template.fromJSON(artifact.template);
  Object.assign(stack, { outdir: props.outdir, template, report: readValidationReport(assembly), acknowledgements: acknowledgementsIn(app) });
  stack.webAssetDir = assetDir(artifact, webFunctionS3Key());
  stack.webBundle = readBundle(stack.webAssetDir);
}

export const fnResources = () => Object.values(stack.template.findResources('AWS::Lambda::Function'));

export function webFunctionS3Key(): string {
  const [web] = fnResources();
  return (web?.Properties.Code as { S3Key: string }).S3Key;
}

/** Every file of the web bundle, one after the other: what the function can ever run. */
export const allOfWebBundle = () => [...stack.webBundle.values()].join('\n');

/** The folder, in the cloud assembly, of the asset the function's S3 key names. */
function assetDir(stack: CloudFormationStackArtifact, s3Key: string): string {
  const manifest = stack.dependencies.find(AssetManifestArtifact.isAssetManifestArtifact);
  const source = manifest?.contents.files?.[s3Key.replace(/\.zip$/, '')]?.source.path;
  if (!source) throw new Error(`no bundled asset for ${s3Key}`);
  return join(stack.assembly.directory, source);
}

/** The bundled code as deployed, by file (index.mjs, chunks/…). */
function readBundle(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mjs'));
  return new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Every resource the web function's role may call lambda:InvokeFunction on. */
export const invokable = () => {
  const web = Object.values(stack.template.findResources('AWS::Lambda::Function')).find((fn) => fn.Properties.Description === 'Tandem web app and JSON API')!;
  const roleId = web.Properties.Role['Fn::GetAtt'][0];
  return Object.values(stack.template.findResources('AWS::IAM::Policy'))
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
    .filter((st) => [st.Action].flat().includes('lambda:InvokeFunction'))
    .flatMap((st) => [st.Resource].flat());
};

/** An asynchronously invoked function's failures: after two retries, to an encrypted dead-letter queue with an alarm on its depth. */
export function expectDeadLetters(functionId: string, queueId: string, more: Record<string, unknown> = {}): void {
  stack.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
    FunctionName: { Ref: functionId },
    MaximumRetryAttempts: 2,
    ...more,
    DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
  });
  expect(stack.template.findResources('AWS::SQS::Queue')[queueId]!.Properties).toMatchObject({ SqsManagedSseEnabled: true });
  stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
    MetricName: 'ApproximateNumberOfMessagesVisible',
    Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
    Threshold: 1,
  });
}

/** The logical id of the one queue under the construct whose id starts with `owner`. */
export const queueOf = (owner: string) => {
  const ids = Object.keys(stack.template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith(owner));
  expect(ids).toHaveLength(1);
  return ids[0]!;
};
