/**
 * The digest function's invocation: from EventBridge Scheduler (its input
 * is `{ "trigger": "schedule" }`, so the week is the one it runs in) or from
 * the web function when a coordinator sends a week now. Anything else is
 * refused before any work.
 */
import { z } from 'zod';
import { parseOrThrow } from '../errors/validation.ts';
import { isoWeekOf } from './iso-week.ts';
import { isoWeekSchema } from './iso-week.schema.ts';
import { runDigest, type DigestRunOptions, type JobDeps } from './run-digest.ts';
import { RUN_TRIGGERS, type DigestRun } from './run.ts';
import { startDigestRun, type DigestBatchQueue } from './digest-batches.ts';

export const digestInvocationSchema = z
  .object({
    week: isoWeekSchema.optional(),
    trigger: z.enum(RUN_TRIGGERS).default('schedule'),
    requestedBy: z.string().uuid().optional(),
  })
  .strict();

/** Runs the week the event names, or the current ISO week for the schedule. */
export async function runDigestFromEvent(deps: JobDeps, event: unknown, options: DigestRunOptions): Promise<DigestRun> {
  const request = parseOrThrow(digestInvocationSchema, event ?? {});
  const week = request.week ?? isoWeekOf(deps.clock.now());
  return runDigest(deps, { week, trigger: request.trigger, ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}) }, options);
}

/** The same invocation, fanned out: queues the run's batches of members (digest-batches.ts) and returns the run. */
export async function startDigestRunFromEvent(deps: JobDeps, queue: DigestBatchQueue, event: unknown): Promise<DigestRun> {
  const request = parseOrThrow(digestInvocationSchema, event ?? {});
  const week = request.week ?? isoWeekOf(deps.clock.now());
  return startDigestRun(deps, queue, { week, trigger: request.trigger, ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}) });
}
