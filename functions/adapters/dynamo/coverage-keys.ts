/**
 * Keys of the coverage items, kept apart from the base items' partitions so
 * the aggregator (which ignores every record outside `CASE#`, `ALERT#` and
 * `REPORT#` partitions) never reacts to its own writes:
 * - `COVERAGE#COUNTRIES` / `<cc>`, `ALL`, `<cc>#DUE#<date>`, `REPORTS`,
 *   `REPORTS#OPEN#<receivedAt>`, and `GAPS` (the open gaps by country and
 *   kind, written whole by the scheduled count): one Query reads them all;
 * - `COVERAGE#MONTHS` / `<YYYY-MM>#<cc|ALL>`: a range Query reads a period;
 * - `COVERAGE#FACTS#<subject pk>` / `FACTS`: what the aggregator knows of a case or an alert;
 * - `COVERAGE#APPLIED#<eventID>` / `APPLIED` (TTL): a stream record already applied.
 */
import type { AggregateScope } from '#shared/coverage/contributions.ts';

export const COVERAGE_PARTITIONS: Record<AggregateScope, string> = { countries: 'COVERAGE#COUNTRIES', months: 'COVERAGE#MONTHS' };

/** Beside the country rows, so the dashboard's one Query of them reads it too. */
export const GAPS_SK = 'GAPS';

export const coverageKeys = {
  aggregate: (scope: AggregateScope, key: string) => ({ pk: COVERAGE_PARTITIONS[scope], sk: key }),
  gaps: () => ({ pk: COVERAGE_PARTITIONS.countries, sk: GAPS_SK }),
  facts: (subject: string) => ({ pk: `COVERAGE#FACTS#${subject}`, sk: 'FACTS' }),
  applied: (eventId: string) => ({ pk: `COVERAGE#APPLIED#${eventId}`, sk: 'APPLIED' }),
};
