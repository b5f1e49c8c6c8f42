/**
 * Sign-in links on one machine (the local server, tests): each request is
 * carried out in this process once the answer has gone, never before it.
 * Failures are logged by name only (no address, no token).
 */
import { sendSignInLink } from '#shared/auth/sign-in.ts';
import type { CoreDeps } from '#shared/deps.ts';
import type { Logger } from '#shared/ports/logger.ts';
import type { SignInLinkQueue } from '#shared/auth/sign-in-links.ts';

export interface InProcessSignInLinks extends SignInLinkQueue {
  /** Resolves once every request handed over so far is done (tests, and reading the outbox). */
  settled(): Promise<void>;
}

type SendDeps = Pick<CoreDeps, 'store' | 'mailer' | 'clock' | 'appUrl'>;

export function inProcessSignInLinks(deps: SendDeps, log: Logger): InProcessSignInLinks {
  const running = new Set<Promise<void>>();
  return {
    async enqueue(request) {
      // setImmediate: the work starts after the current request has answered, not inside its time.
      const job: Promise<void> = new Promise<void>((next) => setImmediate(next))
        .then(() => sendSignInLink(deps, request))
        .catch((error: unknown) => log.error('sign-in link failed', { error: (error as Error).name }))
        .finally(() => running.delete(job));
      running.add(job);
    },
    async settled() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
