/** Coverage figures: aggregates kept by the table's stream, read by the dashboards and the API. */
export { getCoverage, defaultFrom } from './get-coverage.ts';
export { coverageFigures, medianOf, monthRange } from './figures.ts';
export {
  coverageQuerySchema, coverageFiguresSchema, MAX_PERIOD_MONTHS,
  type CoverageFigures, type CountryCoverage, type MonthFigures, type CoverageQuery,
} from './coverage.schema.ts';
export type { CoverageStore, AggregateRow } from './coverage-store.ts';
export { figuresCsv } from './figures-csv.ts';
export { getAnnualCoverage } from './annual.ts';
