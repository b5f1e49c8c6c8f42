/**
 * The coverage figures for coordinators: two Queries of the aggregates the
 * stream keeps (countries, with the intake reports' rows and the scheduled
 * gap count; the period's months), never a read of the cases.
 * The figures are counts per country and month: they name no defender, so
 * they need no visibility check beyond the role.
 */
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import type { Clock } from '../ports/clock.ts';
import type { CoverageStore } from './coverage-store.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { coverageQuerySchema, type CoverageFigures } from './coverage.schema.ts';
import { coverageFigures, monthRange } from './figures.ts';

/** The default period: the 12 months up to and including `to`. */
export function defaultFrom(to: string): string {
  const y = Number(to.slice(0, 4));
  const m = Number(to.slice(5, 7));
  const back = y * 12 + (m - 1) - 11;
  return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}`;
}

/** The coverage figures: the two aggregate reads, and today's date. */
export interface CoverageDeps {
  store: Pick<CoverageStore, 'coverageByCountry' | 'coverageByMonth'>;
  clock: Clock;
}

export async function getCoverage(deps: CoverageDeps, viewer: Viewer, rawQuery: unknown): Promise<CoverageFigures> {
  requireRole(viewer, 'coordinator');
  const query = parseOrThrow(coverageQuerySchema, rawQuery);
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const to = query.to ?? (query.from && query.from > today.slice(0, 7) ? query.from : today.slice(0, 7));
  const from = query.from ?? defaultFrom(to);
  // Once defaulted, the period is checked again: `from` alone may start after this month or too far back.
  parseOrThrow(coverageQuerySchema, { from, to });
  const [{ rows: countryRows, gaps }, monthRows] = await Promise.all([
    deps.store.coverageByCountry(),
    deps.store.coverageByMonth(monthRange(from, to)[0]!, to),
  ]);
  return coverageFigures({ countryRows, monthRows, ...(gaps ? { gaps } : {}) }, { from, to, now, ...(query.country ? { country: query.country } : {}) });
}
