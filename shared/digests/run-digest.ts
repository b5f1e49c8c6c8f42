/**
 * The weekly digest job. It reads each kind of data once (cases, events,
 * hearings, members, suppressions: reads grow with members + cases, never
 * members × cases), then composes every member's digest in memory and sends
 * the non-empty ones at the mail provider's pace.
 *
 * At most once per member and week: before a send, the week's record for
 * the member is claimed with a conditional put; only the run that wins the
 * claim sends; after the send the record is marked sent. A send the provider
 * refused releases the claim so that a rerun retries it. A claim found
 * still "sending" (a run killed between claim and mark, or another run
 * sending right now) is never resent and counts as `unknown`.
 */
import { randomUUID } from 'node:crypto';
import { MailOutcomeUnknownError } from '../mail/mail-errors.ts';
import type { CoreDeps } from '../deps.ts';
import { isActiveMember, type Member } from '../domain/member.ts';
import type { Logger } from '../ports/logger.ts';
import { silentLogger } from '../ports/logger.ts';
import type { DigestInputs } from './inputs.ts';
import { loadDigestInputs } from './load-inputs.ts';
import { timeZoneOf } from './preferences.ts';
import { digestWindow, type DigestWindow } from './iso-week.ts';
import { pacedMailer, type PacingOptions } from './pacing.ts';
import { planFor } from './plan.ts';
import { digestEmail, renderDigest } from './render.ts';
import { zeroTotals, type DigestRun, type DigestRunRequest, type DigestTotals, type Outcome } from './run.ts';
import { unsubscribeUrl } from './unsubscribe-token.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export interface DigestRunOptions {
  pacing: PacingOptions;
  /** Members handled at once. @default 4 */
  concurrency?: number;
  /** Stop claiming new members from this moment (the Lambda's time budget); the run is then `incomplete`. */
  stopAt?: Date;
  /** Stop after this many send failures in a row (the provider is down). @default 10 */
  maxConsecutiveFailures?: number;
  /** Called after each member, for a progress display. */
  onProgress?: (run: DigestRun) => void;
  /** Save the run record every this many members. @default 200 */
  saveEvery?: number;
}

export type JobDeps = CoreDeps & { log?: Logger };

export interface RunContext {
  deps: JobDeps;
  window: DigestWindow;
  inputs: DigestInputs;
  suppressed: Set<string>;
  runId: string;
  send: (email: Parameters<CoreDeps['mailer']['send']>[0]) => Promise<{ messageId: string }>;
}

async function handleMember(ctx: RunContext, member: Member): Promise<Outcome> {
  const { deps, window } = ctx;
  const plan = planFor(member, ctx.suppressed, ctx.inputs, window);
  if (!plan.send) return plan.outcome;
  const { digest, preferences: prefs } = plan;

  const claim = await deps.store.claimDigest(window.week, member.id, ctx.runId, deps.clock.now().toISOString());
  if (!claim.claimed) return claim.status === 'sent' ? 'alreadySent' : 'unknown';

  const link = unsubscribeUrl(deps.appUrl, deps.secret, member.id);
  await loadCatalog(prefs.language);
  const rendered = renderDigest(digest, { language: prefs.language, appUrl: deps.appUrl, unsubscribeUrl: link, timeZone: timeZoneOf(member) });
  let messageId: string;
  try {
    ({ messageId } = await ctx.send(digestEmail(member.email, rendered, { language: prefs.language, unsubscribeUrl: link })));
  } catch (error) {
    if (error instanceof MailOutcomeUnknownError) return 'unknown';
    try {
      await deps.store.releaseDigestClaim(window.week, member.id, ctx.runId);
    } catch {
      // The claim stays: this member is not retried (at most once), and shows as unknown next time.
    }
    deps.log?.error('digest send failed', { runId: ctx.runId, memberId: member.id, error: (error as Error).name });
    return 'failed';
  }
  try {
    await deps.store.markDigestSent(window.week, member.id, ctx.runId, messageId, deps.clock.now().toISOString());
  } catch (error) {
    // Sent all the same; the claim left "sending" still prevents a second email.
    deps.log?.error('digest sent but not marked', { runId: ctx.runId, memberId: member.id, error: (error as Error).name });
  }
  return 'sent';
}

/**
 * Runs the digest of `request.week` for every member.
 *
 * @example
 *   const run = await runDigest(deps, { week: '2026-W48', trigger: 'cli' }, { pacing: { ratePerSecond: 14 } });
 *   run.totals.sent; // emails sent by this run
 */
export async function runDigest(deps: JobDeps, request: DigestRunRequest, options: DigestRunOptions): Promise<DigestRun> {
  const log = deps.log ?? silentLogger;
  const window = digestWindow(request.week);
  const run: DigestRun = {
    id: randomUUID(), week: request.week, trigger: request.trigger,
    ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
    startedAt: deps.clock.now().toISOString(), status: 'running', members: 0, totals: zeroTotals(),
  };
  await deps.store.saveDigestRun(run);
  log.info('digest run started', { runId: run.id, week: run.week, trigger: run.trigger });

  let members: Member[];
  let ctx: RunContext;
  try {
    const [inputs, all, suppressed] = await Promise.all([
      loadDigestInputs(deps, window), deps.store.listAllMembers(), deps.store.listSuppressedAddresses(),
    ]);
    // The store lists active members only; a deactivated one left in a stale page still gets nothing.
    members = all.filter(isActiveMember).sort((a, b) => a.id.localeCompare(b.id));
    run.members = members.length;
    const paced = pacedMailer(deps.mailer, options.pacing);
    ctx = { deps, window, inputs, suppressed: new Set(suppressed.map((e) => e.toLowerCase())), runId: run.id, send: (e) => paced.send(e) };
  } catch (error) {
    await finish(deps, run, 'failed').catch(() => undefined);
    throw error;
  }

  let stop: DigestRun['status'] | undefined;
  try {
    stop = await processMembers(ctx, members, options, run.totals, async () => {
      options.onProgress?.(run);
      if (run.totals.considered % (options.saveEvery ?? 200) === 0) await deps.store.saveDigestRun(run).catch(() => undefined);
    });
  } catch (error) {
    await finish(deps, run, 'failed').catch(() => undefined);
    throw error;
  }
  await finish(deps, run, stop ?? 'finished');
  log.info('digest run ended', { runId: run.id, week: run.week, status: run.status, ...run.totals });
  return run;
}

/**
 * Claims, sends and marks each member in turn (`concurrency` at once), adding each outcome to `totals`.
 * Answers why it stopped early (`incomplete`: the time budget; `aborted`: the provider kept failing), or
 * undefined once every member was considered. Shared by the one-process run and the batches of a fanned-out run.
 */
export async function processMembers(
  ctx: RunContext, members: readonly Member[], options: DigestRunOptions, totals: DigestTotals, afterEach?: () => Promise<void>,
): Promise<'incomplete' | 'aborted' | undefined> {
  let nextIndex = 0;
  let failuresInRow = 0;
  let stop: 'incomplete' | 'aborted' | undefined;
  const maxFailures = options.maxConsecutiveFailures ?? 10;
  const worker = async () => {
    while (!stop && nextIndex < members.length) {
      if (options.stopAt && ctx.deps.clock.now() >= options.stopAt) {
        stop = 'incomplete';
        break;
      }
      const member = members[nextIndex++]!;
      const outcome = await handleMember(ctx, member);
      totals.considered += 1;
      totals[outcome] += 1;
      failuresInRow = outcome === 'failed' ? failuresInRow + 1 : outcome === 'sent' ? 0 : failuresInRow;
      if (failuresInRow >= maxFailures) stop ??= 'aborted';
      await afterEach?.();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return stop;
}

async function finish(deps: JobDeps, run: DigestRun, status: DigestRun['status']): Promise<void> {
  run.status = status;
  run.finishedAt = deps.clock.now().toISOString();
  await deps.store.saveDigestRun(run);
}
