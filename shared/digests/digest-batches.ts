/**
 * The weekly run past one Lambda's lifetime: the run splits the members into
 * batches (500 by default) and puts one message per batch on a queue (SQS on
 * AWS, the DynamoDB-backed queue locally); a worker composes and sends each
 * batch's digests with the same code as the one-process run.
 *
 * Each batch is idempotent: every member is claimed before the send (the
 * week's record per member, `claimDigest`), so a batch delivered twice, or
 * retried after a worker died mid-batch, sends nobody a second digest. A
 * batch's totals are added to the run once, with a per-batch marker in the
 * same transaction; the last batch recorded finishes the run.
 *
 * Reads: the run lists the members once; each batch reads its members (one
 * BatchGet per 100), the shared inputs (the case list, hearings, the week's
 * news, notes: a few pages), its members' participations (one Query each),
 * its diplomats' postings' requests, the gap coverage if it holds a
 * coordinator, and the suppression list. So reads grow with members + cases
 * + batches, never members × cases.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseOrThrow } from '../errors/validation.ts';
import type { Member } from '../domain/member.ts';
import { silentLogger } from '../ports/logger.ts';
import { digestWindow } from './iso-week.ts';
import { isoWeekSchema } from './iso-week.schema.ts';
import { pacedMailer } from './pacing.ts';
import { loadDigestInputs } from './load-inputs.ts';
import { processMembers, type DigestRunOptions, type JobDeps, type RunContext } from './run-digest.ts';
import { zeroTotals, type DigestRun, type DigestRunRequest } from './run.ts';

/** Members per message: 500 ids fit an SQS message (256 KB) many times over, and a batch ends well within 15 minutes at 14 emails a second. */
export const DIGEST_BATCH_SIZE = 500;

export const digestBatchSchema = z
  .object({
    runId: z.string().uuid(),
    week: isoWeekSchema,
    /** 0-based; `of` batches in the run. */
    batch: z.number().int().min(0),
    of: z.number().int().min(1),
    memberIds: z.array(z.string().uuid()).min(1).max(5_000),
  })
  .strict();
export type DigestBatch = z.infer<typeof digestBatchSchema>;

/** Where a fanned-out run puts its batches (SQS on AWS, the DynamoDB-backed queue locally). */
export interface DigestBatchQueue {
  enqueue(batches: DigestBatch[]): Promise<void>;
}

/**
 * Starts a run: saves its record (`batches` to do, none done), then one message per batch of members (by id,
 * so batches do not depend on the order members were listed in). A network with no member finishes at once.
 */
export async function startDigestRun(
  deps: JobDeps, queue: DigestBatchQueue, request: DigestRunRequest, options: { batchSize?: number } = {},
): Promise<DigestRun> {
  const log = deps.log ?? silentLogger;
  const size = Math.max(1, options.batchSize ?? DIGEST_BATCH_SIZE);
  const ids = (await deps.store.listAllMembers()).map((m) => m.id).sort();
  const batches: DigestBatch[] = [];
  const runId = randomUUID();
  const of = Math.ceil(ids.length / size);
  for (let i = 0; i < ids.length; i += size) batches.push({ runId, week: request.week, batch: i / size, of, memberIds: ids.slice(i, i + size) });
  const now = deps.clock.now().toISOString();
  const run: DigestRun = {
    id: runId, week: request.week, trigger: request.trigger, ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
    startedAt: now, status: batches.length ? 'running' : 'finished', members: ids.length, totals: zeroTotals(),
    batches: batches.length, batchesDone: 0, ...(batches.length ? {} : { finishedAt: now }),
  };
  await deps.store.saveDigestRun(run);
  await queue.enqueue(batches);
  log.info('digest run started', { runId, week: run.week, trigger: run.trigger, members: run.members, batches: batches.length });
  return run;
}

/** A batch that stopped before its end (time budget, provider failing): the queue delivers it again, and the claims keep it at most once per member. */
export class DigestBatchIncompleteError extends Error {
  override name = 'DigestBatchIncompleteError';
}

/**
 * Composes and sends one batch; answers whether this delivery recorded the batch (false: an earlier delivery
 * did, and its members were all claimed already). Throws when it stopped early, so the message comes back.
 */
export async function runDigestBatch(deps: JobDeps, message: unknown, options: DigestRunOptions): Promise<{ recorded: boolean; run: Pick<DigestRun, 'totals'> }> {
  const batch = parseOrThrow(digestBatchSchema, message);
  const window = digestWindow(batch.week);
  const members: Member[] = [];
  for (let i = 0; i < batch.memberIds.length; i += 100) members.push(...(await deps.store.getMembers(batch.memberIds.slice(i, i + 100))));
  members.sort((a, b) => a.id.localeCompare(b.id));
  const [inputs, suppressed] = await Promise.all([loadDigestInputs(deps, window, members), deps.store.listSuppressedAddresses()]);
  const paced = pacedMailer(deps.mailer, options.pacing);
  const ctx: RunContext = {
    deps, window, inputs, suppressed: new Set(suppressed.map((e) => e.toLowerCase())), runId: batch.runId, send: (e) => paced.send(e),
  };
  const totals = zeroTotals();
  const stop = await processMembers(ctx, members, options, totals, async () => options.onProgress?.({ totals } as DigestRun));
  if (stop) {
    deps.log?.error('digest batch stopped', { runId: batch.runId, batch: batch.batch, status: stop, considered: totals.considered });
    throw new DigestBatchIncompleteError(`Batch ${batch.batch + 1}/${batch.of} of run ${batch.runId} stopped (${stop}); it is delivered again.`);
  }
  const recorded = await deps.store.recordDigestBatch(batch.runId, batch.batch, totals, deps.clock.now().toISOString());
  deps.log?.info('digest batch done', { runId: batch.runId, batch: batch.batch, of: batch.of, recorded, ...totals });
  return { recorded, run: { totals } };
}
