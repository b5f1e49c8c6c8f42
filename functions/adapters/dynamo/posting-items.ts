/**
 * The roster of a country of posting: one item per country listing the
 * diplomats posted there, kept with each member's creation and with a
 * coordinator's changes (a move, a change of role, a deactivation). It lets a request check, inside its own transaction,
 * that someone will receive it, and lets the request form show who.
 */
import type { Member } from '#shared/domain/member.ts';
import type { PostingRoster } from '#shared/missions/recipients.ts';

export const postingKey = (country: string) => ({ pk: `POSTING#${country}`, sk: 'POSTING' });

/** The update that adds a diplomat to their country's roster (none for other members). */
export function postingUpdate(table: string, m: Member): Record<string, unknown>[] {
  if (m.role !== 'diplomat' || !m.country) return [];
  const entry = { id: m.id, name: m.name, ...(m.mission ? { mission: m.mission } : {}) };
  return [{
    Update: {
      TableName: table,
      Key: postingKey(m.country),
      UpdateExpression: 'SET itemType = :type, country = :country, diplomats = list_append(if_not_exists(diplomats, :none), :entry) ADD memberIds :id',
      ExpressionAttributeValues: { ':type': 'posting', ':country': m.country, ':none': [], ':entry': [entry], ':id': new Set([m.id]) },
    },
  }];
}

/** A roster item as the core sees it. */
export function rosterOf(item: Record<string, unknown>): PostingRoster {
  return { country: String(item.country), diplomats: (item.diplomats ?? []) as PostingRoster['diplomats'] };
}

/**
 * A ConditionCheck that someone will receive a request to `country`: a
 * diplomat posted there, and for a restricted case one of `anyOf` (the
 * members it names).
 */
export function recipientsCheck(table: string, country: string, anyOf?: readonly string[]): Record<string, unknown> {
  const named = anyOf ?? [];
  const values = Object.fromEntries(named.map((id, i) => [`:n${i}`, id]));
  return {
    ConditionCheck: {
      TableName: table,
      Key: postingKey(country),
      // A roster whose last diplomat left (deactivated, moved) has no memberIds left: DynamoDB drops an emptied set.
      ConditionExpression: anyOf ? `(${named.map((_, i) => `contains(memberIds, :n${i})`).join(' OR ')})` : 'attribute_exists(memberIds)',
      ...(named.length ? { ExpressionAttributeValues: values } : {}),
    },
  };
}
