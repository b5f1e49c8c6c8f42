/**
 * What the pledges' use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one; so is anything else that has these, which is all a test has to provide.
 */
import type { BundleDeps } from '../cases/index.ts';
import type { CaseContextDeps } from '../missions/index.ts';
import type { Clock } from '../ports/clock.ts';
import type { PledgeStore } from './pledge-store.ts';

/** Pledges and logged actions: their port, the case read through the visibility rule, the Idempotency-Key's records, the clock. */
export type PledgeDeps = BundleDeps & CaseContextDeps & { store: PledgeStore; clock: Clock };

/** The caller's own adoptions: two reads, and the key that seals the list's cursor. */
export interface MyPledgesDeps {
  store: Pick<PledgeStore, 'adoptionsOf' | 'getCasesByIds'>;
  secret: string;
}
