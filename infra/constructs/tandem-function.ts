/**
 * The one way to declare a function: Node.js 22 on arm64, explicit timeout
 * and memory, its own log group with retention, X-Ray, reserved concurrency,
 * and the table with an access mode. What a function may touch (table, HMAC
 * key, mail) is passed in, and each capability brings both its environment
 * variable and its grant, so the two cannot drift apart.
 */
import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, ParamsAndSecretsLayerVersion, ParamsAndSecretsLogLevel, ParamsAndSecretsVersions, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundledCode } from './bundling.ts';
import type { HmacKey } from './hmac-key.ts';
import type { MailSending } from './mail-sending.ts';
import { logsKeyOf } from './logs-key.ts';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';
import type { TableAccess, TandemTable } from './tandem-table.ts';

export interface TandemFunctionProps {
  /** Entry file, relative to the repository root (e.g. `functions/lambda/web.ts`). */
  readonly entry: string;
  /** Package files the function reads at run time, copied into its asset (bundling.ts, `copyPackageFiles`). */
  readonly packageFiles?: readonly string[];
  readonly handler?: string;
  readonly description: string;
  readonly table: TandemTable;
  readonly tableAccess: TableAccess;
  /** Sets SECRET_ARN and grants read on that secret only. */
  readonly hmacKey?: HmacKey;
  /**
   * Adds the AWS Parameters and Secrets Lambda Extension layer, so the function reads
   * the HMAC key over localhost on its first request instead of loading the Secrets
   * Manager client at init (the web function: its cold start is what members wait for).
   */
  readonly secretsExtension?: boolean;
  /**
   * NODE_OPTIONS=--enable-source-maps: stack traces in the logs point into our sources.
   * Node then reads and decodes the whole map (2 MB for the web bundle) at every cold
   * start; the web function turns it off and keeps the map in its asset, so a logged
   * position (index.mjs:line:column) can still be looked up offline. @default true
   */
  readonly sourceMapsInStackTraces?: boolean;
  /** Sets MAIL_FROM and SES_CONFIGURATION_SET and grants sending as that sender. */
  readonly mail?: MailSending;
  readonly environment?: Record<string, string>;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default 512 MiB (more memory also means more CPU for the cold start) */
  readonly memorySize?: number;
  /** Caps what one function can cost and leaves concurrency for the others. @default 10 */
  readonly reservedConcurrency?: number;
  /** @default one month: enough to investigate, short for data about people at risk */
  readonly logRetention?: RetentionDays;
}

export class TandemFunction extends Construct {
  readonly fn: LambdaFunction;

  constructor(scope: Construct, id: string, props: TandemFunctionProps) {
    super(scope, id);
    if (props.secretsExtension && !props.hmacKey) throw new Error(`${id}: the secrets extension is for reading the HMAC key; give the function the key`);
    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention ?? RetentionDays.ONE_MONTH, encryptionKey: logsKeyOf(this) });
    acknowledgeGuard(logGroup, 'cloudwatch_log_group_retention_period_check', 'CT.CLOUDWATCH.PR.2',
      'Kept one month, not one year, on purpose: storage limitation for logs about defenders at risk and the members ' +
        'protecting them (request paths hold case ids); a month covers an investigation, and the audit trail lives in the table.');
    // An explicit role instead of the AWS-managed basic execution policy:
    // it may write to its own log group and nothing else.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    // Bundled by esbuild with code splitting (infra/constructs/bundling.ts): `index.mjs` and its chunks.
    this.fn = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry, props.packageFiles),
      handler: `index.${props.handler ?? 'handler'}`,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(10),
      memorySize: props.memorySize ?? 512,
      reservedConcurrentExecutions: props.reservedConcurrency ?? 10,
      tracing: Tracing.ACTIVE,
      logGroup,
      role,
      ...(props.secretsExtension
        ? { paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, { logLevel: ParamsAndSecretsLogLevel.WARN }) }
        : {}),
      environment: {
        ...(props.sourceMapsInStackTraces === false ? {} : { NODE_OPTIONS: '--enable-source-maps' }),
        TABLE_NAME: props.table.tableName,
        ...(props.hmacKey ? { SECRET_ARN: props.hmacKey.arn } : {}),
        ...(props.mail
          ? { MAIL_FROM: props.mail.senderAddress, SES_CONFIGURATION_SET: props.mail.configurationSetName }
          : {}),
        ...props.environment,
      },
    });

    props.table.grantData(this.fn, props.tableAccess);
    props.hmacKey?.grantRead(this.fn);
    props.mail?.grantSend(this.fn);

    acknowledgeNag(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    );
    acknowledgeGuard(this.fn, 'lambda_inside_vpc_check', 'CT.LAMBDA.PR.3',
      'The functions reach only AWS APIs (DynamoDB, SES, Secrets Manager, Lambda) over TLS with IAM; they hold no ' +
        'private network resource to protect, and a VPC would add NAT gateways or endpoints to pay for and run, not isolation.');
    acknowledgeNag(
      this.fn,
      'AwsSolutions-L1',
      'Pinned to Node.js 22, the runtime the code is built (esbuild target node22) and tested for; moving to a ' +
        'newer runtime is a deliberate upgrade with its own test run, not a side effect of a CDK update.',
    );
  }
}
