/**
 * Tandem in one stack: the table, the HMAC key, SES sending, the web
 * function behind a WAF-protected REST API, and the alarms. The digest
 * (scheduled, with a dead-letter queue) and the SES events handler join as
 * further TandemFunctions on the same table, key and mail constructs.
 */
import { CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { HmacKey } from './constructs/hmac-key.ts';
import { MailSending } from './constructs/mail-sending.ts';
import { OperationalAlarms } from './constructs/operational-alarms.ts';
import { TandemFunction } from './constructs/tandem-function.ts';
import { TandemTable } from './constructs/tandem-table.ts';
import { WebApi } from './constructs/web-api.ts';

export class TandemStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const senderAddress = new CfnParameter(this, 'SenderAddress', {
      type: 'String',
      description: 'From address of all mail; must be a verified SES identity (or on a verified domain).',
      allowedPattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$',
      constraintDescription: 'a plain email address, e.g. no-reply@example.org',
    });
    const appUrl = new CfnParameter(this, 'AppUrl', {
      type: 'String',
      description: 'Public https URL of the app, used in links sent by email.',
      allowedPattern: '^https://[^\\s/]+(/\\S*)?$',
      constraintDescription: 'an https URL, e.g. https://tandem.example.org',
    });

    const table = new TandemTable(this, 'Data');
    const hmacKey = new HmacKey(this, 'HmacKey');
    const mail = new MailSending(this, 'Mail', { senderAddress: senderAddress.valueAsString });

    const web = new TandemFunction(this, 'Web', {
      entry: 'functions/lambda/web.ts',
      description: 'Tandem web app and JSON API',
      table,
      tableAccess: 'readwrite',
      hmacKey,
      mail,
      environment: { APP_URL: appUrl.valueAsString },
    });

    const api = new WebApi(this, 'WebApi', { handler: web.fn });

    const alarms = new OperationalAlarms(this, 'Alarms');
    alarms.watchApi('Api', api.api);
    alarms.watchFunction('Web', web.fn);

    new CfnOutput(this, 'ApiUrl', { value: api.url, description: 'Base URL of the deployed stage' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
  }
}
