/**
 * Builds the Query for a case list: by country (byScope) when one is asked
 * for, otherwise all cases by recency (byKind); every other criterion is a
 * filter. The audience filter is the visibility rule in DynamoDB's terms.
 */
import type { CaseFilter } from '#shared/ports/store.ts';

export function caseListQuery(table: string, filter: CaseFilter) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];
  const value = (name: string, v: unknown) => {
    values[`:${name}`] = v;
    return `:${name}`;
  };
  const attr = (name: string) => {
    names[`#${name}`] = name;
    return `#${name}`;
  };

  const { levels, namedMemberId } = filter.audience;
  const whole = levels.length > 0 ? `${attr('visibility')} IN (${levels.map((l, i) => value(`level${i}`, l)).join(', ')})` : undefined;
  const named = namedMemberId
    ? `(${attr('visibility')} = ${value('restricted', 'restricted')} AND contains(${attr('namedMemberIds')}, ${value('me', namedMemberId)}))`
    : undefined;
  const audience = [whole, named].filter(Boolean);
  // An empty audience matches nothing (a caller asking for a level they may not see).
  conditions.push(audience.length > 0 ? `(${audience.join(' OR ')})` : `${attr('visibility')} = ${value('none', '-')}`);

  conditions.push(`${attr('state')} IN (${filter.states.map((s, i) => value(`state${i}`, s)).join(', ')})`);
  if (filter.status) conditions.push(`${attr('riskStatus')} = ${value('status', filter.status)}`);
  if (filter.theme) conditions.push(`contains(${attr('themes')}, ${value('theme', filter.theme)})`);
  if (filter.nameContains) conditions.push(`contains(${attr('nameLower')}, ${value('q', filter.nameContains)})`);
  if (filter.noAdopter) conditions.push(`${attr('adopterCount')} = ${value('zero', 0)}`);

  const byCountry = filter.country !== undefined;
  const keyCondition = byCountry
    ? `gsi1pk = ${value('scope', `COUNTRY#${filter.country}`)} AND begins_with(gsi1sk, ${value('prefix', 'CASE#')})`
    : `gsi2pk = ${value('kind', 'CASES')}`;

  return {
    TableName: table,
    IndexName: byCountry ? 'byScope' : 'byKind',
    KeyConditionExpression: keyCondition,
    FilterExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
  };
}
