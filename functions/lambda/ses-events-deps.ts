/** What the SES-events function needs: the table (for the suppression list), a clock, a log. Nothing else. */
import { z } from 'zod';
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import type { SesEventsDeps } from '#shared/digests/ses-notifications.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';

const env = z.object({ TABLE_NAME: z.string().min(1), AWS_REGION: z.string().min(1) });

export function sesEventsDeps(source: NodeJS.ProcessEnv = process.env): SesEventsDeps {
  const parsed = env.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid configuration (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`);
  return {
    store: createDynamoStore(createDocumentClient({ region: parsed.data.AWS_REGION }), parsed.data.TABLE_NAME),
    clock: systemClock,
    log: jsonLogger,
  };
}
