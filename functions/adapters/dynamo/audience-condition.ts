/**
 * The visibility rule (`listAudience`) as a DynamoDB condition on a case
 * item, for writes that must not happen on a case the caller may not see and
 * that cannot afford a read first (the request budget is 3 calls).
 */
import type { Audience } from '#shared/access/visibility.ts';

export interface Condition {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/**
 * @example
 *   audienceCondition({ levels: ['public', 'network'], namedMemberId: 'm1' }).expression
 *   // (#visibility IN (:aud0, :aud1) OR (#visibility = :audRestricted AND contains(#named, :audMe)))
 */
export function audienceCondition(audience: Audience): Condition {
  // DynamoDB refuses names the expression does not use: '#named' only comes with a named member.
  const names: Record<string, string> = { '#visibility': 'visibility', ...(audience.namedMemberId ? { '#named': 'namedMemberIds' } : {}) };
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  if (audience.levels.length > 0) {
    audience.levels.forEach((level, i) => (values[`:aud${i}`] = level));
    parts.push(`#visibility IN (${audience.levels.map((_, i) => `:aud${i}`).join(', ')})`);
  }
  if (audience.namedMemberId) {
    values[':audRestricted'] = 'restricted';
    values[':audMe'] = audience.namedMemberId;
    parts.push('(#visibility = :audRestricted AND contains(#named, :audMe))');
  }
  if (parts.length === 0) {
    // Nobody: a condition no stored case meets.
    values[':audNone'] = '-';
    parts.push('#visibility = :audNone');
  }
  // DynamoDB refuses redundant parentheses: a single part (already bracketed if it needs it) stands alone.
  return { expression: parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`, names, values };
}
