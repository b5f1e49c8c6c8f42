/**
 * Starting a digest run without waiting for it: locally the server runs the
 * job in its own process, on AWS the web function invokes the digest
 * function asynchronously. The coordinator's request returns at once.
 */
import type { DigestRunRequest } from '../digests/run.ts';

export interface DigestTrigger {
  start(request: DigestRunRequest): Promise<void>;
}
