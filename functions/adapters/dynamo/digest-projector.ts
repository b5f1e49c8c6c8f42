/**
 * The digest projector: keeps the digest board and the weeks' notes and send
 * markers (digest-board-items.ts) in step with the table, from its stream,
 * beside the coverage aggregator and the home projector.
 *
 * Like the home projector it reconciles rather than replays: a record only
 * names its subject (a case, a member, a suppressed address, a note, a send
 * record), which is read again as it is now (consistently) and mirrored, or
 * its copy deleted when it is gone. A record applied twice, late or out of
 * order leaves the same items, so no marker is needed.
 */
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ApplyOutcome, StreamRecordLike } from './coverage-aggregator.ts';
import { boardKeys, caseCard, memberCopy, noteCopy, sentMarker, suppressedCopy } from './digest-board-items.ts';
import { guarded } from './errors.ts';
import { isRosterType } from './alert-roster-items.ts';
import { keys } from './keys.ts';
import { queryAll } from './query-all.ts';

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

export type DigestSubject =
  | { kind: 'case'; id: string }
  | { kind: 'member'; id: string }
  | { kind: 'suppressed'; email: string }
  | { kind: 'note'; key: Key }
  | { kind: 'sent'; week: string; memberId: string };

const image = (value: Record<string, unknown> | undefined) => (value ? unmarshall(value as never) as Item : undefined);

/** What a stream record asks the digest projector to look at again, if anything. */
export function digestSubjectOf(record: StreamRecordLike): DigestSubject | undefined {
  const keysOf = record.dynamodb?.Keys as Record<string, { S?: string }> | undefined;
  const pk = keysOf?.pk?.S ?? '';
  const sk = keysOf?.sk?.S ?? '';
  // The type read raw: most records (sessions, audit lines, rate windows) are none of the board's and are not decoded.
  const typeOf = (raw: Record<string, unknown> | undefined) => (raw?.itemType as { S?: string } | undefined)?.S;
  const itemType = typeOf(record.dynamodb?.NewImage) ?? typeOf(record.dynamodb?.OldImage) ?? '';
  if (pk.startsWith('CASE#')) {
    const before = image(record.dynamodb?.OldImage);
    const after = image(record.dynamodb?.NewImage);
    // The consent ledger and the alerts' rosters (coordinators only: alert-roster-items.ts) are not for digests; an event that is not a hearing touches the case item, whose own record follows.
    if (itemType === 'consent' || isRosterType(itemType)) return undefined;
    if (itemType === 'event' && before?.type !== 'hearing' && after?.type !== 'hearing') return undefined;
    return { kind: 'case', id: pk.slice('CASE#'.length) };
  }
  if (pk.startsWith('MEMBER#') && sk === 'MEMBER') return { kind: 'member', id: pk.slice('MEMBER#'.length) };
  if (pk.startsWith('SUPPRESSED#')) return { kind: 'suppressed', email: pk.slice('SUPPRESSED#'.length) };
  if (pk.startsWith('NOTIFY#') && itemType === 'digest_note') return { kind: 'note', key: { pk, sk } };
  if (pk.startsWith('DIGEST#') && sk.startsWith('MEMBER#')) return { kind: 'sent', week: pk.slice('DIGEST#'.length), memberId: sk.slice('MEMBER#'.length) };
  return undefined;
}

export function digestProjector(doc: DynamoDBDocumentClient, table: string) {
  const get = async (Key: Key) => (await guarded(() => doc.send(new GetCommand({ TableName: table, Key, ConsistentRead: true })))).Item;
  const put = (Item: Item) => guarded(() => doc.send(new PutCommand({ TableName: table, Item })));
  const remove = (Key: Key) => guarded(() => doc.send(new DeleteCommand({ TableName: table, Key })));

  /** The case's card as its partition is now; deleted with the case. */
  async function reconcileCase(caseId: string): Promise<void> {
    const partition = await queryAll(doc, {
      TableName: table, KeyConditionExpression: 'pk = :pk', ConsistentRead: true,
      FilterExpression: 'itemType <> :consent', ExpressionAttributeValues: { ':pk': keys.case(caseId).pk, ':consent': 'consent' },
    });
    const card = caseCard(partition);
    await (card ? put(card) : remove(boardKeys.card(caseId)));
  }

  async function reconcileMember(memberId: string): Promise<void> {
    const member = await get(keys.member(memberId));
    await (member ? put(memberCopy(member)) : remove(boardKeys.member(memberId)));
  }

  async function reconcileSuppressed(email: string): Promise<void> {
    const found = await get(keys.suppressed(email));
    await (found ? put(suppressedCopy(email)) : remove(boardKeys.suppressed(email)));
  }

  async function reconcileNote(key: Key, record: StreamRecordLike): Promise<void> {
    const note = await get(key);
    if (note?.itemType === 'digest_note') return void (await put(noteCopy(note)));
    // Gone (its TTL, or released): its copy's key comes from the item as the record last saw it.
    const last = image(record.dynamodb?.OldImage) ?? image(record.dynamodb?.NewImage);
    if (last) await remove(boardKeys.note(last as never));
  }

  async function reconcileSent(week: string, memberId: string): Promise<void> {
    const claim = await get(keys.digestSend(week, memberId));
    await (claim ? put(sentMarker(week, memberId, claim.expiresAt)) : remove(boardKeys.sent(week, memberId)));
  }

  async function apply(record: StreamRecordLike): Promise<ApplyOutcome> {
    const subject = digestSubjectOf(record);
    if (!subject) return 'ignored';
    if (subject.kind === 'case') await reconcileCase(subject.id);
    else if (subject.kind === 'member') await reconcileMember(subject.id);
    else if (subject.kind === 'suppressed') await reconcileSuppressed(subject.email);
    else if (subject.kind === 'note') await reconcileNote(subject.key, record);
    else await reconcileSent(subject.week, subject.memberId);
    return 'applied';
  }

  return { apply, reconcileCase, reconcileMember, reconcileSuppressed, reconcileNote: (key: Key) => reconcileNote(key, {}), reconcileSent };
}

export type DigestProjector = ReturnType<typeof digestProjector>;
