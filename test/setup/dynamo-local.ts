/**
 * vitest global setup: one in-memory DynamoDB Local for the whole run. Each
 * test file creates its own uniquely named table in it, so files can run in
 * parallel without seeing each other's data.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoLocal } from '../../functions/local/dynamo-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return async () => {
    await dynamo.stop();
  };
}
