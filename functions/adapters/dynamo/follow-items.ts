/**
 * Who follows what, as an index: one partition per country and per theme
 * (`FOLLOW#COUNTRY#CO`, `FOLLOW#THEME#labour`), one small item per follower.
 * An alert's recipients "by follow" are read from the case's country and
 * theme partitions only, so finding them grows with the followers, never
 * with the whole membership.
 *
 * The member's `preferences` stay the truth: the recipient rule re-reads the
 * member and checks their follows, so a FOLLOW item may only ever be extra
 * (a removal not yet applied costs a read, never an email), never missing.
 * Hence every follow a save adds is written in the save's own transaction;
 * removals go in it too as long as it has room (a transaction holds 100
 * items), and the rest straight after, each only if no later save wrote the
 * follow again (`version`).
 */
import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, rethrowTransient } from './errors.ts';
import { queryAll } from './query-all.ts';

export interface Follows {
  countries: readonly string[];
  themes: readonly string[];
}

type FollowKind = 'COUNTRY' | 'THEME';
const partition = (kind: FollowKind, value: string) => `FOLLOW#${kind}#${value}`;
const followKey = (kind: FollowKind, value: string, memberId: string) => ({ pk: partition(kind, value), sk: `MEMBER#${memberId}` });

const entries = (f: Follows): [FollowKind, string][] => [
  ...f.countries.map((c): [FollowKind, string] => ['COUNTRY', c]),
  ...f.themes.map((t): [FollowKind, string] => ['THEME', t]),
];

/** The FOLLOW items of a member who follows `f`, written at `version` of the member. */
export function followItems(memberId: string, f: Follows, version: number): Record<string, unknown>[] {
  return entries(f).map((e) => followItem(memberId, e, version));
}

const followItem = (memberId: string, [kind, value]: [FollowKind, string], version: number) =>
  ({ ...followKey(kind, value, memberId), itemType: 'follow', memberId, version });

/** Reads the follows out of a stored `preferences` attribute (absent or malformed: none). */
export function followsOf(preferences: unknown): Follows {
  const p = (preferences && typeof preferences === 'object' ? preferences : {}) as { countries?: unknown; themes?: unknown };
  const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  return { countries: strings(p.countries), themes: strings(p.themes) };
}

export interface FollowChanges {
  /** Puts and Deletes for the save's transaction, at most `room` of them. */
  inTransaction: Record<string, unknown>[];
  /** Removals that did not fit: apply with `removeStaleFollows` once the save committed. */
  after: { pk: string; sk: string }[];
}

/** What changes in the index when a member's follows go from `before` to `after` (the save makes `version`). */
export function followChanges(table: string, memberId: string, before: Follows, after: Follows, version: number, room: number): FollowChanges {
  const id = ([kind, value]: [FollowKind, string]) => `${kind}#${value}`;
  const had = new Set(entries(before).map(id));
  const has = new Set(entries(after).map(id));
  const added = entries(after).filter((e) => !had.has(id(e)));
  const removed = entries(before).filter((e) => !has.has(id(e))).map(([kind, value]) => followKey(kind, value, memberId));
  const puts = added.map((e) => followItem(memberId, e, version));
  if (puts.length > room) throw new RangeError('More new follows than a transaction holds.');
  const deletesInside = removed.slice(0, room - puts.length);
  return {
    inTransaction: [
      ...puts.map((Item) => ({ Put: { TableName: table, Item } })),
      ...deletesInside.map((Key) => ({ Delete: { TableName: table, Key } })),
    ],
    after: removed.slice(deletesInside.length),
  };
}

/** Deletes follows removed by the save that made `version`, unless a later save wrote them again. */
export async function removeStaleFollows(doc: DynamoDBDocumentClient, table: string, stale: readonly { pk: string; sk: string }[], version: number): Promise<void> {
  for (const Key of stale) {
    try {
      await doc.send(new DeleteCommand({
        TableName: table, Key, ConditionExpression: '#v <= :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': version },
      }));
    } catch (error) {
      if (!isConditionFailure(error)) rethrowTransient(error);
    }
  }
}

/** The ids of the members who follow `country` or any of `themes`: one Query per partition, projected. */
export async function followerIds(doc: DynamoDBDocumentClient, table: string, country: string, themes: readonly string[]): Promise<string[]> {
  const partitions = [partition('COUNTRY', country), ...themes.map((t) => partition('THEME', t))];
  const pages = await Promise.all(partitions.map((pk) => queryAll(doc, {
    TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ProjectionExpression: 'memberId',
  })));
  return [...new Set(pages.flat().map((i) => String(i.memberId)))];
}
