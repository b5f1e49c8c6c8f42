/**
 * Where uploaded files live: case attachments and what intake reports bring.
 * Private in every way S3 allows: public access blocked, TLS only, encrypted
 * with a rotating customer-managed key (so reading a file also takes
 * kms:Decrypt), versioned (an overwrite or delete can be undone for 30 days),
 * its access logged to a second bucket. The app reads and writes it; members
 * download through presigned links the app hands out after its own check, and
 * upload through presigned POSTs into quarantine/ (expired after a day), signed
 * with the app's own role: its PutObject on the bucket's objects covers them.
 */
import { type CfnElement, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct, type IConstruct } from 'constructs';
import { limitGrantsToAwsServices } from './key-policy.ts';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';

/** Where browsers send files straight to the bucket (shared/attachments/direct-upload.ts), before the app checks them. */
export const QUARANTINE_PREFIX = 'quarantine/';
/** Where a confirmed import's file waits for its job (shared/imports/import-job.ts), deleted when the job ends. */
export const IMPORTS_PREFIX = 'imports/';
/** Where an XLSX export's workbook waits for its coordinator (shared/case-safety/export-job.ts), kept two days. */
export const EXPORTS_PREFIX = 'exports/';

/** Object Lock would make files undeletable for its retention: a defender's files must go when consent is withdrawn. */
function acknowledgeObjectLock(bucket: Bucket): void {
  acknowledgeGuard(bucket, 's3_bucket_object_lock_enabled_check', 'CT.S3.PR.9',
    'files must be erasable at once when a defender withdraws consent or a report is declined; versioning keeps 30 days to undo a mistake.');
}

export class FilesBucket extends Construct {
  readonly bucket: Bucket;
  readonly key: Key;
  /** The access log bucket (the intake inbox logs there too). */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new Key(this, 'Key', { enableKeyRotation: true, description: 'Tandem uploaded files' });
    limitGrantsToAwsServices(this.key);

    const accessLogs = (this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // S3 server access logging delivers only to SSE-S3 buckets.
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      versioned: true,
      lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    }));
    acknowledgeGuard(accessLogs, 's3_bucket_logging_enabled_check', 'CT.S3.PR.2', 'the access log bucket itself: logging it would loop.');
    acknowledgeGuard(accessLogs, 's3_bucket_default_encryption_kms_check', 'CT.S3.PR.10', 'S3 server access logging can deliver only to buckets encrypted with SSE-S3.');
    acknowledgeGuard(accessLogs, 's3_event_notifications_enabled_check', 'CT.S3.PR.4', 'nothing reacts to a new access log object; they are read only when investigating.');
    acknowledgeObjectLock(accessLogs);

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'files/',
      lifecycleRules: [
        { noncurrentVersionExpiration: Duration.days(30) },
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // Direct uploads land under quarantine/ until the app has checked them: whatever is never completed
        // (a closed tab, a refused file's leftovers) goes after a day, its old versions too.
        { id: 'Quarantine', prefix: QUARANTINE_PREFIX, expiration: Duration.days(1), noncurrentVersionExpiration: Duration.days(1) },
        // An import's file is deleted when its job ends; a job that never ends (its messages dead-lettered) loses it after
        // two days, its deleted versions after one: a spreadsheet of defenders is not kept for the 30 days of other files.
        { id: 'Imports', prefix: IMPORTS_PREFIX, expiration: Duration.days(2), noncurrentVersionExpiration: Duration.days(1) },
        // An export's workbook is downloaded within two days (its job's record goes then too), and not kept longer.
        { id: 'Exports', prefix: EXPORTS_PREFIX, expiration: Duration.days(2), noncurrentVersionExpiration: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeObjectLock(this.bucket);
    acknowledgeGuard(this.bucket, 's3_event_notifications_enabled_check', 'CT.S3.PR.4',
      'the app itself writes every file and records it in the table; no other service has to react to an upload.');
  }

  get bucketName(): string {
    return this.bucket.bucketName;
  }

  /**
   * Where the upload form posts (the presigned POST's address, the bucket's regional virtual-hosted
   * name): the app's Content-Security-Policy lets `form-action` reach it and nothing else outside.
   */
  get uploadOrigin(): string {
    return `https://${this.bucket.bucketRegionalDomainName}`;
  }

  /** The job worker: get and delete of the files under imports/, put of the workbooks under exports/, and their key uses; nothing else of the bucket. */
  grantImportFiles(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({
      actions: ['s3:GetObject', 's3:DeleteObject'],
      resources: [this.bucket.arnForObjects(`${IMPORTS_PREFIX}*`)],
    }));
    // The same worker builds XLSX exports: it writes their workbooks under exports/ and nowhere else.
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({
      actions: ['s3:PutObject'],
      resources: [this.bucket.arnForObjects(`${EXPORTS_PREFIX}*`)],
    }));
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [this.key.keyArn] }));
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
    acknowledgeNag(grantee.grantPrincipal as unknown as IConstruct, `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${IMPORTS_PREFIX}*]`,
      'The import files only: each key is a job id chosen when the import is confirmed, so it cannot be listed in advance.');
    acknowledgeNag(grantee.grantPrincipal as unknown as IConstruct, `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${EXPORTS_PREFIX}*]`,
      'The export workbooks only: each key is a job id chosen when the export is asked for, so it cannot be listed in advance.');
  }

  /** Get, put and delete of objects, and the key uses they take; no listing, no bucket settings. */
  grantReadWrite(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      resources: [this.bucket.arnForObjects('*')],
    }));
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: [this.key.keyArn],
    }));
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
    // On the grantee's role, where its policy (and so the finding) lives.
    acknowledgeNag(grantee.grantPrincipal as unknown as IConstruct, `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
      'Objects of the files bucket only: each key is an upload whose name the app chooses when it is written, so it cannot be listed in advance.');
  }
}
