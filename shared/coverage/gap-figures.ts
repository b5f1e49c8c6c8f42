/** The dashboard's gaps by kind, from the scheduled job's last count (gap-counts.ts). */
import { GAP_KINDS } from '../missions/index.ts';
import { NETWORK } from './contributions.ts';
import type { GapCounts } from './coverage-store.ts';
import type { GapFigures } from './coverage.schema.ts';

/** Every kind, in the gap view's order, zero when the count found none (or has not run yet). */
export function gapFigures(gaps: GapCounts | undefined, country: string | undefined): GapFigures {
  const counted = gaps?.counts[country ?? NETWORK] ?? {};
  const byKind = GAP_KINDS.map((kind) => ({ kind, open: Math.max(0, counted[kind] ?? 0) }));
  return { countedAt: gaps?.countedAt ?? null, total: byKind.reduce((sum, k) => sum + k.open, 0), byKind };
}
