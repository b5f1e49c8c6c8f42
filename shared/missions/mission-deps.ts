/**
 * What the missions' use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one. The gap view (list-gaps.ts) keeps its own.
 */
import type { BundleDeps } from '../cases/index.ts';
import type { Clock } from '../ports/clock.ts';
import type { CaseContextDeps } from './case-context.ts';
import type { MissionStore } from './mission-store.ts';

/** Requests and mission actions: their port, the case read through the visibility rule, the Idempotency-Key's records, the clock. */
export type MissionDeps = BundleDeps & CaseContextDeps & { store: MissionStore; clock: Clock };

/** A country's requests: two reads per page, today's date for what is overdue, the key that seals the cursor. */
export interface RequestListDeps {
  store: Pick<MissionStore, 'listRequestsByCountry' | 'getCaseSummaries'>;
  clock: Clock;
  secret: string;
}

/** A case's requests and actions, as its page shows them: the case's bundle, and today's date. */
export type CaseMissionsDeps = BundleDeps & { clock: Clock };
