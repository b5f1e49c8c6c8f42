/**
 * The case's name on the items the member page lists (issue 14: `/members/:id` within 3 DynamoDB
 * calls): a pledge, a logged action and an audit line about a case carry `caseName`, the case's
 * defender name as it is now, so the page reads the names with the items (the member's byScope Query
 * and the audit Query by actor) instead of a BatchGet of the cases.
 *
 * The table's stream keeps it (beside the coverage aggregator and the other projectors):
 * - a pledge or action (under `CASE#<id>`) or an audit line (under `AUDIT#CASE#<id>`) written without
 *   the name gets it, read from the case, if it still has none: a name set meanwhile by a rename wins;
 * - a case whose defender name changed has every pledge, action and audit line about it renamed to
 *   the name it has now (read again, so a replayed or late record writes the newest name, never its own).
 * Both are idempotent: applying a record twice leaves the same names. Cases are never deleted; a case
 * restricted later keeps its name here, which only coordinators read (the member page is theirs).
 *
 * The name is a projection, not part of the pledge or action: pledge-items.ts strips it before they
 * reach the core, and the audit API leaves it out (audit-log.ts), so no answer to an MP carries it.
 */
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplyOutcome, StreamRecordLike } from './coverage-aggregator.ts';
import { runOnce } from './migration-marker.ts';
import { guarded, isConditionFailure } from './errors.ts';
import { keys } from './keys.ts';
import { queryAll } from './query-all.ts';

/** The attribute that carries the name on the items the member page lists. */
export const CASE_NAME = 'caseName';
/** Item types under a case that name it on the member page (co-signatures are not listed there). */
const NAMED_CHILD_TYPES = ['pledge', 'action'];
/** Sort key prefixes of those items in the case's partition (keys.ts). */
const NAMED_CHILD_PREFIXES = ['PLEDGE#', 'ACTION#'];
const AUDIT_OF_CASE = 'AUDIT#CASE#';

type Key = { pk: string; sk: string };
type Attr = { S?: string } | undefined;

/** What a stream record asks for: an item to name, a case whose items to rename, or nothing. */
export type CaseNameWork = { kind: 'name'; caseId: string; key: Key } | { kind: 'rename'; caseId: string } | undefined;

export function caseNameWorkOf(record: StreamRecordLike): CaseNameWork {
  // Read raw (not decoded): most records are none of these.
  const keysOf = record.dynamodb?.Keys as Record<string, Attr> | undefined;
  const pk = keysOf?.pk?.S ?? '';
  const sk = keysOf?.sk?.S ?? '';
  const after = record.dynamodb?.NewImage as Record<string, Attr> | undefined;
  if (!after) return undefined;
  const unnamed = after[CASE_NAME] === undefined;
  if (pk.startsWith(AUDIT_OF_CASE)) return unnamed ? { kind: 'name', caseId: pk.slice(AUDIT_OF_CASE.length), key: { pk, sk } } : undefined;
  if (!pk.startsWith('CASE#')) return undefined;
  const caseId = pk.slice('CASE#'.length);
  if (sk === 'CASE') {
    const before = record.dynamodb?.OldImage as Record<string, Attr> | undefined;
    // A new case has nothing under it yet; a change that keeps the name renames nothing.
    return before && before.defenderName?.S !== after.defenderName?.S ? { kind: 'rename', caseId } : undefined;
  }
  return unnamed && NAMED_CHILD_TYPES.includes(after.itemType?.S ?? '') ? { kind: 'name', caseId, key: { pk, sk } } : undefined;
}

export function caseNameProjector(doc: DynamoDBDocumentClient, table: string) {
  const nameNow = async (caseId: string): Promise<string | undefined> => {
    const { Item } = await guarded(() => doc.send(new GetCommand({
      TableName: table, Key: keys.case(caseId), ConsistentRead: true, ProjectionExpression: 'defenderName',
    })));
    return typeof Item?.defenderName === 'string' ? Item.defenderName : undefined;
  };

  /** Sets the name; `onlyIfUnnamed` leaves a name a rename wrote meanwhile. An item gone meanwhile stays gone. */
  const setName = async (key: Key, name: string, onlyIfUnnamed: boolean): Promise<boolean> => {
    try {
      await guarded(() => doc.send(new UpdateCommand({
        TableName: table, Key: key, UpdateExpression: 'SET #name = :name',
        ConditionExpression: onlyIfUnnamed ? 'attribute_exists(pk) AND attribute_not_exists(#name)' : 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#name': CASE_NAME }, ExpressionAttributeValues: { ':name': name },
      })));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };

  /** Every pledge, action and audit line about the case, with the name each carries. */
  const namedItemsOf = async (caseId: string) => {
    const projection = { ProjectionExpression: 'pk, sk, #name', ExpressionAttributeNames: { '#name': CASE_NAME } };
    const children = await Promise.all(NAMED_CHILD_PREFIXES.map((prefix) => queryAll(doc, {
      TableName: table, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.case(caseId).pk, ':prefix': prefix }, ...projection,
    })));
    const audit = await queryAll(doc, {
      TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `${AUDIT_OF_CASE}${caseId}` }, ...projection,
    });
    return [...children.flat(), ...audit];
  };

  /** Gives every item about the case the case's name now; returns how many changed. */
  async function reconcileCase(caseId: string): Promise<number> {
    const name = await nameNow(caseId);
    if (name === undefined) return 0;
    let changed = 0;
    for (const item of await namedItemsOf(caseId)) {
      if (item[CASE_NAME] === name) continue;
      if (await setName({ pk: String(item.pk), sk: String(item.sk) }, name, false)) changed++;
    }
    return changed;
  }

  async function apply(record: StreamRecordLike): Promise<ApplyOutcome> {
    const work = caseNameWorkOf(record);
    if (!work) return 'ignored';
    if (work.kind === 'rename') {
      await reconcileCase(work.caseId);
      return 'applied';
    }
    const name = await nameNow(work.caseId);
    if (name === undefined) return 'ignored';
    return (await setName(work.key, name, true)) ? 'applied' : 'replayed';
  }

  return { apply, reconcileCase };
}

export type CaseNameProjector = ReturnType<typeof caseNameProjector>;

/**
 * The names for a table from before the stream kept them: every case (byKind `CASES`, a Query, never a
 * Scan) is reconciled as a rename would be (twice changes nothing). A marker records the run: `npm start`
 * then skips it; `npm run backfill:case-names -- --force` runs it again.
 */
export async function backfillCaseNames(
  doc: DynamoDBDocumentClient, table: string, projector: Pick<CaseNameProjector, 'reconcileCase'>, options: { force?: boolean } = {},
): Promise<{ ran: boolean; cases: number; items: number }> {
  return runOnce(doc, table, 'case-names', options, { cases: 0, items: 0 }, async () => {
    const cases = await queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :cases', ExpressionAttributeValues: { ':cases': 'CASES' }, ProjectionExpression: 'id',
    });
    let items = 0;
    for (const c of cases) items += await projector.reconcileCase(String(c.id));
    return { cases: cases.length, items };
  });
}
