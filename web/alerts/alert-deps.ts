import type { AlertDeps } from '#shared/alerts/index.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import type { WebDeps } from '../env.ts';

/** The deps a create needs; a deployment without a delivery queue cannot send alerts (503), rather than store undeliverable ones. */
export function alertDeps(deps: WebDeps): AlertDeps {
  if (!deps.alertQueue) throw new ServiceUnavailableError('Urgent alerts cannot be delivered here: no delivery queue is configured.');
  return { ...deps, alertQueue: deps.alertQueue };
}
