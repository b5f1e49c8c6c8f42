/**
 * Reading the digest board with a week (two Queries, in parallel), and
 * building it for a table that has data from before it existed.
 *
 * The backfill mirrors every case, member and suppressed address, the notes
 * kept for digests and the send records of every week a run went out for
 * (the runs name their weeks), as the stream projector would, then writes
 * `READY` with the cards' format (BOARD_FORMAT). Until then, and while `READY`
 * names an older format, previews read as the job does (the board is
 * `undefined`) and the backfill runs again: a format change rebuilds itself.
 * Queries of byKind and of known partitions only, never a Scan; mirroring
 * twice changes nothing. `npm start` runs it once; `npm run backfill:digests`
 * on a table elsewhere.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DigestWindow } from '#shared/digests/iso-week.ts';
import { isoWeekOf } from '#shared/digests/iso-week.ts';
import type { DigestBoard } from '#shared/digests/board.ts';
import { BOARD_FORMAT, BOARD_PK, boardFrom, boardKeys } from './digest-board-items.ts';
import type { DigestProjector } from './digest-projector.ts';
import { guarded } from './errors.ts';
import { keys } from './keys.ts';
import { queryAll } from './query-all.ts';

/** Partitions reconciled at once. */
const AT_ONCE = 8;

export async function readDigestBoard(doc: DynamoDBDocumentClient, table: string, window: DigestWindow): Promise<DigestBoard | undefined> {
  const partition = (pk: string) => queryAll(doc, { TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } });
  const [board, week] = await Promise.all([partition(BOARD_PK), partition(`NEWS#${isoWeekOf(new Date(window.from))}`)]);
  return boardFrom(board, week, window);
}

export interface DigestBoardBackfill {
  /** False when the board was built already. */
  ran: boolean;
  cases: number;
  members: number;
  suppressed: number;
  notes: number;
  sends: number;
}

export async function backfillDigestBoard(
  doc: DynamoDBDocumentClient, table: string, projector: Omit<DigestProjector, 'apply'>, options: { force?: boolean } = {},
): Promise<DigestBoardBackfill> {
  const done = await guarded(() => doc.send(new GetCommand({ TableName: table, Key: boardKeys.ready, ConsistentRead: true })));
  if (done.Item?.format === BOARD_FORMAT && !options.force) return { ran: false, cases: 0, members: 0, suppressed: 0, notes: 0, sends: 0 };
  const byKind = (kind: string, projection: string) => queryAll(doc, {
    TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': kind }, ProjectionExpression: projection,
  });
  const inTurn = async <T>(items: readonly T[], each: (item: T) => Promise<void>) => {
    for (let i = 0; i < items.length; i += AT_ONCE) await Promise.all(items.slice(i, i + AT_ONCE).map(each));
    return items.length;
  };
  const members = [...await byKind('MEMBERS', 'id'), ...await byKind('MEMBERS#INACTIVE', 'id')];
  const runs = await byKind('DIGEST_RUNS', 'week');
  const weeks = [...new Set(runs.map((r) => String(r.week)))];
  const sends = (await Promise.all(weeks.map((week) => queryAll(doc, {
    TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.digestSend(week, '').pk }, ProjectionExpression: 'week, memberId',
  })))).flat();
  const result: DigestBoardBackfill = {
    ran: true,
    cases: await inTurn(await byKind('CASES', 'id'), (c) => projector.reconcileCase(String(c.id))),
    members: await inTurn(members, (m) => projector.reconcileMember(String(m.id))),
    suppressed: await inTurn(await byKind('SUPPRESSED', 'email'), (s) => projector.reconcileSuppressed(String(s.email))),
    notes: await inTurn(await byKind('DIGEST_NOTES', 'pk, sk'), (n) => projector.reconcileNote({ pk: String(n.pk), sk: String(n.sk) })),
    sends: await inTurn(sends, (s) => projector.reconcileSent(String(s.week), String(s.memberId))),
  };
  await guarded(() => doc.send(new PutCommand({ TableName: table, Item: { ...boardKeys.ready, itemType: 'digest_board_ready', format: BOARD_FORMAT, ...result, at: new Date().toISOString() } })));
  return result;
}
