/**
 * The app secret (HMAC key for cursors, tokens and unsubscribe links), read
 * once per cold start from Secrets Manager by its ARN: functions get the ARN,
 * never the value, in their environment.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

export async function readAppSecret(config: { AWS_REGION: string; SECRET_ARN: string }): Promise<string> {
  const secrets = new SecretsManagerClient({ region: config.AWS_REGION });
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: config.SECRET_ARN }));
  if (!SecretString) throw new Error('SECRET_ARN: the secret has no string value');
  return SecretString;
}
