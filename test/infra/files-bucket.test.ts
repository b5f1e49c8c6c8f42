/**
 * The uploaded files' bucket, synthesized on its own (no bundling): private,
 * encrypted with its own rotating key, versioned, logged, with a lifecycle.
 * The whole stack's review (cdk-nag, Control Tower rules) runs in stack.test.ts.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { FilesBucket } from '../../infra/constructs/files-bucket.ts';

let template: Template;
let filesBucketId: string;
let uploadOrigin: unknown;

beforeAll(() => {
  const stack = new Stack(new App(), 'Files');
  const files = new FilesBucket(stack, 'Files');
  files.grantReadWrite(new Role(stack, 'App', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }));
  template = Template.fromStack(stack);
  filesBucketId = stack.getLogicalId(files.bucket.node.defaultChild as never);
  uploadOrigin = stack.resolve(files.uploadOrigin);
});

describe('the files bucket', () => {
  it('blocks every kind of public access, on both buckets', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
      });
    }
  });

  it('is encrypted with a rotating customer-managed key, versioned, and logs its access', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true, Description: 'Tandem uploaded files' });
    const bucket = template.findResources('AWS::S3::Bucket')[filesBucketId]!;
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LoggingConfiguration.LogFilePrefix).toBe('files/');
    expect(bucket.DeletionPolicy).toBe('Retain');
  });

  it('expires old versions after 30 days and abandoned uploads after one', () => {
    const rules = template.findResources('AWS::S3::Bucket')[filesBucketId]!.Properties.LifecycleConfiguration.Rules;
    expect(rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
      expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
    ]));
  });

  it('expires what direct uploads leave in quarantine/ after one day, its old versions too', () => {
    const rules = template.findResources('AWS::S3::Bucket')[filesBucketId]!.Properties.LifecycleConfiguration.Rules;
    expect(rules).toContainEqual(expect.objectContaining({
      Id: 'Quarantine', Prefix: 'quarantine/', ExpirationInDays: 1, NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled',
    }));
    // The other files keep no such expiry: only the quarantine rule, the import jobs' (test/infra/stack/import-jobs.ts) and the export workbooks' have one.
    expect(rules.filter((r: { ExpirationInDays?: number }) => r.ExpirationInDays !== undefined).map((r: { Id: string }) => r.Id).sort()).toEqual(['Exports', 'Imports', 'Quarantine']);
  });

  it('deletes an XLSX export\'s workbook under exports/ after two days, its old versions after one', () => {
    const rules = template.findResources('AWS::S3::Bucket')[filesBucketId]!.Properties.LifecycleConfiguration.Rules;
    expect(rules).toContainEqual(expect.objectContaining({
      Id: 'Exports', Prefix: 'exports/', ExpirationInDays: 2, NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled',
    }));
  });

  it('names the origin the upload form posts to: the bucket\'s regional https address', () => {
    expect(uploadOrigin).toEqual({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [filesBucketId, 'RegionalDomainName'] }]] });
  });

  it('lets the app sign uploads into quarantine/: its PutObject and GenerateDataKey (SSE-KMS) cover every object key', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement);
    const put = statements.find((s) => s.Action.includes('s3:PutObject'));
    expect(put.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [filesBucketId, 'Arn'] }, '/*']] });
    expect(statements.find((s) => s.Action.includes('kms:GenerateDataKey'))).toBeDefined();
  });

  it('lets the app get, put and delete its objects and use the key for them, nothing more', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement);
    expect(statements.map((s) => s.Action).sort()).toEqual([['kms:Decrypt', 'kms:GenerateDataKey'], ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']]);
  });

  it('refuses plain HTTP', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});
