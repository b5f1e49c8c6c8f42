/**
 * The HMAC key (paging cursors, later unsubscribe links) as a generated
 * Secrets Manager secret. Functions receive its ARN, never its value, and
 * read it once per cold start.
 */
import { type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeNag } from './nag.ts';

export class HmacKey extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Tandem HMAC key (cursors, signed links)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    acknowledgeNag(
      this.secret,
      'AwsSolutions-SMG4',
      'Not rotated automatically: rotating the HMAC key invalidates every outstanding cursor and signed link at once. ' +
        'Rotation is a deliberate operation (accept old and new key during a grace period), planned with the digest links.',
    );
  }

  get arn(): string {
    return this.secret.secretArn;
  }

  /** GetSecretValue/DescribeSecret on this secret only. */
  grantRead(grantee: IGrantable): void {
    this.secret.grantRead(grantee);
  }
}
