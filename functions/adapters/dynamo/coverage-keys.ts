/**
 * Keys of the coverage items, kept apart from the base items' partitions so
 * the aggregator (which ignores every record outside `CASE#` and `ALERT#`
 * partitions) never reacts to its own writes:
 * - `COVERAGE#COUNTRIES` / `<cc>`, `ALL`, `<cc>#DUE#<date>`: one Query reads them all;
 * - `COVERAGE#MONTHS` / `<YYYY-MM>#<cc|ALL>`: a range Query reads a period;
 * - `COVERAGE#FACTS#<subject pk>` / `FACTS`: what the aggregator knows of a case or an alert;
 * - `COVERAGE#APPLIED#<eventID>` / `APPLIED` (TTL): a stream record already applied.
 */
import type { AggregateScope } from '#shared/coverage/contributions.ts';

export const COVERAGE_PARTITIONS: Record<AggregateScope, string> = { countries: 'COVERAGE#COUNTRIES', months: 'COVERAGE#MONTHS' };

export const coverageKeys = {
  aggregate: (scope: AggregateScope, key: string) => ({ pk: COVERAGE_PARTITIONS[scope], sk: key }),
  facts: (subject: string) => ({ pk: `COVERAGE#FACTS#${subject}`, sk: 'FACTS' }),
  applied: (eventId: string) => ({ pk: `COVERAGE#APPLIED#${eventId}`, sk: 'APPLIED' }),
};
