/**
 * The annual report's figures: the coverage figures of one calendar year
 * (January to December), the same two Queries as the dashboard.
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoverageFigures } from './coverage.schema.ts';
import { getCoverage, type CoverageDeps } from './get-coverage.ts';

/** The first year the network could have figures for; a year after the current one has none. */
export const FIRST_YEAR = 2000;

/** `?year=YYYY`, from FIRST_YEAR to `thisYear`; other query parameters (`lang`) are not the report's. */
export const annualQuerySchema = (thisYear: number) => z.object({
  year: z.string()
    .refine((y) => /^\d{4}$/.test(y) && Number(y) >= FIRST_YEAR && Number(y) <= thisYear, {
      message: `A year from ${FIRST_YEAR} to this year, as YYYY.`, params: { key: 'validation.coverage.year' },
    })
    .optional(),
});

export async function getAnnualCoverage(deps: CoverageDeps, viewer: Viewer, rawQuery: unknown): Promise<{ year: string; figures: CoverageFigures }> {
  requireRole(viewer, 'coordinator');
  const thisYear = deps.clock.now().getUTCFullYear();
  const query = parseOrThrow(annualQuerySchema(thisYear), rawQuery);
  const year = query.year ?? String(thisYear);
  return { year, figures: await getCoverage(deps, viewer, { from: `${year}-01`, to: `${year}-12` }) };
}
