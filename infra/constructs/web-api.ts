/**
 * The public entry: a regional REST API proxying every path (the root
 * included) to the web function, with stage throttling, JSON access logs,
 * error-level execution logs without bodies (they carry case details), X-Ray,
 * and the WAF. Authentication is the app's own (magic link + session), so
 * API Gateway authorizes nothing itself.
 */
import { Size } from 'aws-cdk-lib';
import {
  AccessLogFormat, EndpointType, LambdaRestApi, LogGroupLogDestination, MethodLoggingLevel,
} from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { logsKeyOf } from './logs-key.ts';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';
import { WebAcl } from './web-acl.ts';

export interface WebApiProps {
  readonly handler: IFunction;
  /** Steady requests per second for the whole stage. @default 50 */
  readonly rateLimit?: number;
  /** @default 100 */
  readonly burstLimit?: number;
}

/** What members upload: forms with files, and the files themselves when sent as the body. */
export const UPLOAD_MEDIA_TYPES = [
  'multipart/form-data', 'application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export class WebApi extends Construct {
  readonly api: LambdaRestApi;

  constructor(scope: Construct, id: string, props: WebApiProps) {
    super(scope, id);
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH, encryptionKey: logsKeyOf(this) });
    acknowledgeGuard(accessLogs, 'cloudwatch_log_group_retention_period_check', 'CT.CLOUDWATCH.PR.2',
      'Kept one month, not one year, on purpose: access logs hold the IP addresses of members protecting defenders at ' +
        'risk; storage limitation keeps them only as long as an investigation of an incident needs.');

    this.api = new LambdaRestApi(this, 'Api', {
      handler: props.handler,
      proxy: true,
      description: 'Tandem web app and JSON API',
      endpointTypes: [EndpointType.REGIONAL],
      // API Gateway gzips answers of 1 KiB and more for clients that accept it (pages, CSS, JSON).
      minCompressionSize: Size.kibibytes(1),
      // Uploads (attachments, spreadsheets) reach the function as bytes, base64-encoded by API Gateway and
      // decoded by Hono's adapter; without this a multipart body arrives mangled. Lambda's 6 MB request
      // limit then holds files up to about 4.4 MiB on AWS (10 MiB locally).
      binaryMediaTypes: UPLOAD_MEDIA_TYPES,
      // Execution logging needs the account-level API Gateway logging role.
      cloudWatchRole: true,
      deployOptions: {
        stageName: 'live',
        throttlingRateLimit: props.rateLimit ?? 50,
        throttlingBurstLimit: props.burstLimit ?? 100,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: true,
      },
    });

    new WebAcl(this, 'Waf', { stageArn: this.api.deploymentStage.stageArn });
    acknowledgeGuard(this.api, 'lambda_function_public_access_prohibited_check', 'CT.LAMBDA.PR.2',
      'The permissions let only apigateway.amazonaws.com invoke the web function, with a SourceArn of this API\'s ' +
        'execute-api ARN; the rule cannot evaluate that Fn::Join-built ARN, so it reports the permission as open.');
    this.acknowledgeAppLevelAuth();
  }

  get url(): string {
    return this.api.url;
  }

  private acknowledgeAppLevelAuth(): void {
    acknowledgeNag(
      this.api,
      'AwsSolutions-APIG4',
      'Public pages and sign-in must be reachable anonymously; every other route is authorized by the app ' +
        '(magic-link session, role and case visibility checks in the use cases).',
    );
    acknowledgeNag(
      this.api,
      'AwsSolutions-COG4',
      'No Cognito: members sign in with single-use email links handled by the app, see APIG4.',
    );
    acknowledgeNag(
      this.api,
      'AwsSolutions-APIG2',
      'A single {proxy+} integration has no per-route models to validate against; the app validates every ' +
        'body and query with zod and answers 400 with the problem.',
    );
    acknowledgeNag(
      this.api.node.findChild('CloudWatchRole'),
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      'The account-level API Gateway logging role; AmazonAPIGatewayPushToCloudWatchLogs is the policy AWS ' +
        'documents for it and grants only CloudWatch Logs actions.',
    );
  }
}
