/**
 * "Send the week's digest now" on one machine: the job runs in the server's
 * own process, in the background; the coordinator's request returns at once
 * and the run's record shows its progress and totals.
 */
import type { DigestRun, DigestRunRequest } from '#shared/digests/run.ts';
import type { Logger } from '#shared/ports/logger.ts';
import type { DigestTrigger } from '#shared/digests/digest-trigger.ts';

export interface LocalDigestTrigger extends DigestTrigger {
  /** The runs started so far (tests and the server's shutdown wait for them). */
  readonly running: Set<Promise<unknown>>;
}

export function localDigestTrigger(run: (request: DigestRunRequest) => Promise<DigestRun>, log: Logger): LocalDigestTrigger {
  const running = new Set<Promise<unknown>>();
  return {
    running,
    async start(request) {
      const job = run(request)
        .catch((error: unknown) => log.error('digest run failed', { week: request.week, error: (error as Error).name }))
        .finally(() => running.delete(job));
      running.add(job);
    },
  };
}
