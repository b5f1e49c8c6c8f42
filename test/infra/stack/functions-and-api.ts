/** The stack tests: the functions, secrets and mail, the API and its alarms. Registered by `test/infra/stack.test.ts`. */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { fnResources, stack } from './synthesized.ts';

export function describeFunctionsAndApi() {
  describe('the functions', () => {
    it('all run Node.js 22 on arm64 with explicit timeout and memory, X-Ray and reserved concurrency', () => {
      expect(fnResources().length).toBeGreaterThan(0);
      for (const fn of fnResources()) {
        expect(fn.Properties).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          TracingConfig: { Mode: 'Active' },
          Timeout: expect.any(Number),
          MemorySize: expect.any(Number),
          ReservedConcurrentExecutions: expect.any(Number),
        });
      }
    });

    it('give the web function every variable its configuration requires', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: {
          Variables: Match.objectLike({
            TABLE_NAME: { Ref: Match.anyValue() },
            SECRET_ARN: { Ref: Match.anyValue() },
            SES_CONFIGURATION_SET: { Ref: Match.anyValue() },
            MAIL_FROM: { Ref: 'SenderAddress' },
            APP_URL: { Ref: 'AppUrl' },
          }),
        },
      });
    });

    it('tell the web function where the upload form posts: the files bucket\'s regional https origin (the CSP\'s form-action)', () => {
      stack.template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: {
          Variables: Match.objectLike({
            FILES_BUCKET: { Ref: Match.anyValue() },
            FILES_UPLOAD_ORIGIN: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^Files'), 'RegionalDomainName'] }]] },
          }),
        },
      });
    });

    it('log to their own log group, kept for a limited time', () => {
      for (const fn of fnResources()) {
        expect(fn.Properties.LoggingConfig).toMatchObject({ LogGroup: { Ref: expect.any(String) } });
      }
      stack.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
    });
  });

  describe('secrets and mail', () => {
    it('keeps the HMAC key in a generated secret of at least 32 characters', () => {
      const [secret] = Object.values(stack.template.findResources('AWS::SecretsManager::Secret'));
      expect(secret?.Properties.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(32);
    });

    it('lets the web function read that one secret', () => {
      const [secretId] = Object.keys(stack.template.findResources('AWS::SecretsManager::Secret'));
      stack.template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Action: Match.arrayWith(['secretsmanager:GetSecretValue']), Resource: { Ref: secretId } }),
          ]),
        },
      });
    });

    it('gives the web function, and it alone, the Parameters and Secrets extension layer for its secret', () => {
      const withLayers = Object.values(stack.template.findResources('AWS::Lambda::Function')).filter((fn) => fn.Properties.Layers);
      expect(withLayers.map((fn) => fn.Properties.Description)).toEqual(['Tandem web app and JSON API']);
      // The layer's ARN differs by region: a literal ARN, or a lookup in a mapping the template carries.
      const layers = JSON.stringify(withLayers[0]!.Properties.Layers);
      const mappings = JSON.stringify(stack.template.toJSON().Mappings ?? {});
      const extension = 'AWS-Parameters-and-Secrets-Lambda-Extension-Arm64';
      expect(layers.includes(extension) || (layers.includes('Fn::FindInMap') && mappings.includes(extension)), layers).toBe(true);
    });

    it('sends through an SES configuration set that requires TLS', () => {
      stack.template.hasResourceProperties('AWS::SES::ConfigurationSet', { DeliveryOptions: { TlsPolicy: 'REQUIRE' } });
    });

    it('may send only as the configured sender address', () => {
      stack.template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: 'ses:SendRawEmail',
              Condition: { StringEquals: { 'ses:FromAddress': { Ref: 'SenderAddress' } } },
            }),
          ]),
        },
      });
    });

    it('accepts only an https app URL as parameter', () => {
      const pattern = new RegExp(stack.template.toJSON().Parameters.AppUrl.AllowedPattern as string);
      expect(pattern.test('https://tandem.example.org')).toBe(true);
      expect(pattern.test('http://tandem.example.org')).toBe(false);
    });
  });

  describe('the API', () => {
    it('is a regional REST API proxying the root and every path to the function', () => {
      stack.template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
      stack.template.resourceCountIs('AWS::ApiGateway::Method', 2);
      stack.template.allResourcesProperties('AWS::ApiGateway::Method', {
        HttpMethod: 'ANY',
        Integration: Match.objectLike({ Type: 'AWS_PROXY' }),
      });
      stack.template.hasResourceProperties('AWS::ApiGateway::Resource', { PathPart: '{proxy+}' });
    });

    it('compresses answers of 1 KiB and more (pages, CSS, JSON) for clients that accept it', () => {
      stack.template.hasResourceProperties('AWS::ApiGateway::RestApi', { MinimumCompressionSize: 1024 });
    });

    it('passes uploads to the function as bytes (multipart forms, PDF, images, XLSX), not as mangled text', () => {
      stack.template.hasResourceProperties('AWS::ApiGateway::RestApi', {
        BinaryMediaTypes: ['multipart/form-data', 'application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      });
    });

    it('throttles the stage and writes JSON access logs, without logging request bodies', () => {
      stack.template.hasResourceProperties('AWS::ApiGateway::Stage', {
        TracingEnabled: true,
        MethodSettings: Match.arrayWith([
          Match.objectLike({
            HttpMethod: '*',
            ResourcePath: '/*',
            ThrottlingRateLimit: Match.anyValue(),
            ThrottlingBurstLimit: Match.anyValue(),
            DataTraceEnabled: false,
          }),
        ]),
        AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('^\\{.*\\}$') },
      });
    });

    it('sits behind a WAF with a per-IP rate limit and the AWS common rules', () => {
      stack.template.hasResourceProperties('AWS::WAFv2::WebACL', {
        Scope: 'REGIONAL',
        Rules: Match.arrayWith([
          Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: 'IP' }) } }),
          Match.objectLike({
            Statement: {
              ManagedRuleGroupStatement: Match.objectLike({
                VendorName: 'AWS',
                Name: 'AWSManagedRulesCommonRuleSet',
                // The app's own 64 KiB limit governs body size, not the rule set's 8 KB.
                RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
              }),
            },
          }),
        ]),
      });
      const [stageId] = Object.keys(stack.template.findResources('AWS::ApiGateway::Stage'));
      stack.template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
        ResourceArn: { 'Fn::Join': ['', Match.arrayWith([{ Ref: stageId }])] },
      });
    });
  });

  describe('alarms and outputs', () => {
    it('alarm on API server errors, function errors and function throttles', () => {
      for (const metric of ['5XXError', 'Errors', 'Throttles']) {
        stack.template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: metric });
      }
    });

    it('output the API URL and the table name', () => {
      stack.template.hasOutput('ApiUrl', {});
      stack.template.hasOutput('TableName', {});
    });
  });
}
