/**
 * Benchmark (d), a slot to fill when the weekly digest (issue 6) lands: run
 * the digest for 5,000 members and 1,000 cases against DynamoDB Local and
 * record DynamoDB reads (with the call counter: they must grow with
 * members + cases, never members × cases), wall time and peak memory
 * (process.memoryUsage().rss sampled during the run, or a child process's
 * maxRSS). Until then it reports that it has nothing to report: a figure
 * here must come from a run, never from an estimate.
 */
import { section } from './report.ts';

export const DIGEST_SCALE = { members: 5_000, cases: 1_000 } as const;

export interface DigestResult {
  status: 'not yet available' | 'measured';
  scale: typeof DIGEST_SCALE;
  reason?: string;
  reads?: number;
  wallMs?: number;
  peakRssMiB?: number;
}

export async function benchDigest(_dynamoEndpoint: string): Promise<DigestResult> {
  const result: DigestResult = {
    status: 'not yet available',
    scale: DIGEST_SCALE,
    reason: 'the weekly digest (issue 6) is not on this branch yet; the integrator fills this benchmark when it lands',
  };
  section(`(d) Weekly digest, ${DIGEST_SCALE.members.toLocaleString('en')} members × ${DIGEST_SCALE.cases.toLocaleString('en')} cases`);
  console.log(`not yet available: ${result.reason}.`);
  return result;
}
