/**
 * The DynamoDB document client. `endpoint` points it at DynamoDB Local; in
 * Lambda the default credential chain and region apply. A `counter` counts
 * every call (the request budget; see call-counter.ts).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CallCounter } from './call-counter.ts';

/** How JavaScript values become DynamoDB attributes, for the document client and the plain reads alike (plain-reads.ts). */
export const MARSHALL_OPTIONS: Readonly<{ removeUndefinedValues: boolean }> = Object.freeze({ removeUndefinedValues: true });

export interface DynamoSettings {
  region: string;
  endpoint?: string;
}

export function createDocumentClient(settings: DynamoSettings, options: { counter?: CallCounter } = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: settings.region,
    ...(settings.endpoint
      ? {
          endpoint: settings.endpoint,
          // DynamoDB Local accepts any credentials; these keep the SDK from looking for real ones.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    maxAttempts: 3,
  });
  options.counter?.attach(client);
  // A copy: lib-dynamodb writes its own settings (convertTopLevelContainer) into the object it is given.
  return DynamoDBDocumentClient.from(client, { marshallOptions: { ...MARSHALL_OPTIONS } });
}
