/**
 * Reading a digest's inputs: the records from the store (digest-store.ts's
 * `loadDigestRecords`), the coverage markers the gap rules ask for when a
 * coordinator's digest is among those composed (batches of 100 pairs), then
 * the core's assembly (assemble.ts). The calls grow with the cases, not with
 * the members.
 */
import type { Member } from '../domain/member.ts';
import type { Store } from '../ports/store.ts';
import { assembleDigestInputs, EVERYONE, gapLookups, postingsOf, wantsGaps, type DigestAudience } from './assemble.ts';
import type { DigestInputs } from './inputs.ts';
import type { DigestWindow } from './iso-week.ts';
import type { DigestCoverageRecord } from './records.ts';

export type DigestInputsDeps = { store: Pick<Store, 'loadDigestRecords' | 'getCoverage'> };

/** Coverage pairs per BatchGet. */
const PAIRS_PER_READ = 100;

/** Everyone's inputs (the job, the send count), or those of some members (a preview, a batch of the job). */
export async function loadDigestInputs(deps: DigestInputsDeps, window: DigestWindow, forMembers?: readonly Member[]): Promise<DigestInputs> {
  const audience: DigestAudience = forMembers ? { kind: 'members', members: forMembers } : EVERYONE;
  const scope = forMembers ? { memberIds: [...new Set(forMembers.map((m) => m.id))], postings: postingsOf(forMembers) } : undefined;
  const records = await deps.store.loadDigestRecords(window, scope);
  const markers: DigestCoverageRecord[] = [];
  if (wantsGaps(audience)) {
    const pairs = gapLookups(records.cases);
    for (let i = 0; i < pairs.length; i += PAIRS_PER_READ) markers.push(...(await deps.store.getCoverage(pairs.slice(i, i + PAIRS_PER_READ))));
  }
  return assembleDigestInputs({ ...records, markers }, window, audience);
}
