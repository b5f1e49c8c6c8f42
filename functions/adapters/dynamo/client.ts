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

/** Each document client's companion for the plain reads (plain-reads.ts); see createDocumentClient. */
const plainClients = new WeakMap<DynamoDBDocumentClient, DynamoDBClient>();

/** The client the plain reads send through for a document client made here; undefined for one made elsewhere. */
export const plainClientOf = (doc: DynamoDBDocumentClient): DynamoDBClient | undefined => plainClients.get(doc);

export function createDocumentClient(settings: DynamoSettings, options: { counter?: CallCounter } = {}): DynamoDBDocumentClient {
  const config = {
    region: settings.region,
    ...(settings.endpoint
      ? {
          endpoint: settings.endpoint,
          // DynamoDB Local accepts any credentials; these keep the SDK from looking for real ones.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    maxAttempts: 3,
  };
  const client = new DynamoDBClient(config);
  // The plain reads' own client, on the same connections (the same request handler): it builds each
  // command's middleware once and keeps it (`cacheMiddleware`), where a client builds it again on
  // every send: a session GetItem and a 14-item Query cost 1,375 µs of CPU a pair this way against
  // 1,704 (medians of 7 alternated rounds of 500 pairs). The document client cannot do the same: a
  // lib-dynamodb command's middleware sends that command's own input, so a kept one would send the
  // first command's input again. Its middleware is fixed from here on: the counter is attached now,
  // to both clients (a middleware added to the document client later never sees the plain reads).
  const plain = new DynamoDBClient({ ...config, cacheMiddleware: true, requestHandler: client.config.requestHandler });
  options.counter?.attach(client);
  options.counter?.attach(plain);
  // A copy: lib-dynamodb writes its own settings (convertTopLevelContainer) into the object it is given.
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { ...MARSHALL_OPTIONS } });
  plainClients.set(doc, plain);
  return doc;
}
