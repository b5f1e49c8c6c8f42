/** What the SES-events function needs: the table (for the suppression list), a clock, a log. Nothing else. */
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import type { SesEventsDeps } from '#shared/digests/ses-notifications.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { tableOnlyConfig } from '../config.ts';

export function sesEventsDeps(source: NodeJS.ProcessEnv = process.env): SesEventsDeps {
  const config = tableOnlyConfig(source);
  return {
    store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
    clock: systemClock,
    log: jsonLogger,
  };
}
