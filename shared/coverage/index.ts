/** Coverage figures: aggregates kept by the table's stream, read by the dashboards and the API. */
export { getCoverage, defaultFrom } from './get-coverage.ts';
export { coverageFigures, medianOf, monthRange } from './figures.ts';
export {
  coverageQuerySchema, coverageFiguresSchema, MAX_PERIOD_MONTHS,
  type CoverageFigures, type CountryCoverage, type MonthFigures, type CoverageQuery, type GapFigures, type ReportFigures,
} from './coverage.schema.ts';
export type { CoverageStore, AggregateRow, GapCounts } from './coverage-store.ts';
export { recountGaps } from './gap-counts.ts';
export { figuresCsv } from './figures-csv.ts';
export { getAnnualCoverage } from './annual.ts';
export { loadMpHome, loadDiplomatHome, type HomeDeps, type MpHome, type DiplomatHome, type HomeHearing } from './member-home.ts';
