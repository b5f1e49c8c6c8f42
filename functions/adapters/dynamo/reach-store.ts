/**
 * The compose page's read of the alert reach (reach-items.ts): the items of
 * the case's country and themes and the members tied to the case, in one
 * BatchGet. Issue 14: the compose page within three DynamoDB calls.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertReach } from '#shared/alerts/index.ts';
import { batchGet } from './batch-get.ts';
import { keys } from './keys.ts';
import { candidateOf } from './alert-items.ts';
import { reachKey, reachOf } from './reach-items.ts';

/** Keys one BatchGet takes; a case tied to more members than fit reads them in more (rare: pledges, twin, names). */
const BATCH = 100;

export async function alertReach(
  doc: DynamoDBDocumentClient, table: string, country: string, themes: readonly string[], tiedMemberIds: readonly string[],
): Promise<AlertReach> {
  const reachKeys = [reachKey('COUNTRY', country), ...themes.map((t) => reachKey('THEME', t))];
  const memberKeys = [...new Set(tiedMemberIds)].map((id) => keys.member(id));
  const all = [...reachKeys, ...memberKeys];
  const batches: (typeof all)[] = [];
  for (let i = 0; i < all.length; i += BATCH) batches.push(all.slice(i, i + BATCH));
  // Read whole: a reach item's entries are its attributes.
  const read = (await Promise.all(batches.map((b) => batchGet(doc, table, b)))).flat();
  const reachItems = read.filter((i) => i.itemType === 'reach');
  // Deactivated members receive nothing, as in the send (alertCandidates).
  const members = read.filter((i) => i.itemType === 'member' && i.active !== false).map(candidateOf);
  return { full: reachItems.some((i) => i.full === true), entries: reachItems.flatMap(reachOf), tied: members };
}
