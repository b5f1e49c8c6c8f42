/**
 * Builds the Query for a case list: by country (byScope) when one is asked
 * for, otherwise all cases by recency (byKind). Its only filter is the
 * visibility rule in DynamoDB's terms: every item it returns is one the
 * caller may see, so a page can end on any of them; the list's other
 * filters are applied to those items (`matchesCaseFilter`).
 */
import type { CaseFilter } from '#shared/ports/store.ts';
import { audienceCondition } from './audience-condition.ts';

export function caseListQuery(table: string, filter: CaseFilter) {
  const audience = audienceCondition(filter.audience);
  const byCountry = filter.country !== undefined;
  return {
    TableName: table,
    IndexName: byCountry ? 'byScope' : 'byKind',
    KeyConditionExpression: byCountry ? 'gsi1pk = :scope AND begins_with(gsi1sk, :prefix)' : 'gsi2pk = :kind',
    FilterExpression: audience.expression,
    ExpressionAttributeNames: audience.names,
    ExpressionAttributeValues: {
      ...audience.values,
      ...(byCountry ? { ':scope': `COUNTRY#${filter.country}`, ':prefix': 'CASE#' } : { ':kind': 'CASES' }),
    },
    ScanIndexForward: false,
  };
}
