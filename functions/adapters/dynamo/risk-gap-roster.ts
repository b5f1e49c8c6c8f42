/**
 * The raised-risk roster (issue 14: the gap view within 3 DynamoDB calls): one item, `RISK_RAISED` /
 * `ROSTER`, holding for each case whose risk analysis is high or critical what its risk gap needs
 * (the case's name, country, statuses and state, the level, when it rose, and when an action was last
 * logged), so the gap view reads it in the BatchGet it already makes for its candidates' markers,
 * instead of the raised-risk index Query and a BatchGet of those cases and markers.
 *
 * The table's stream keeps it (beside the coverage aggregator and the home projector): a record of a
 * case item, of its any-action marker or of its risk analysis names the case, and the projector
 * reconciles that case's entry from the three items as they are now (one consistent BatchGet), then
 * sets or removes it. Applying a record twice, or late, leaves the same entry (idempotent without a
 * marker); two reconciliations of one case racing can leave the older read's entry until the case's
 * next change, at worst a stale name or time: coordinators see every case, so it never shows a case
 * to someone who may not see it.
 *
 * The level is sensitive: the roster is read by the coordinators' gap view only (list-gaps.ts).
 * Size: an entry is about 250 bytes, so the item holds about 1,500 raised cases (DynamoDB's 400 KB).
 */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ANY_ACTION_COVERAGE, raisedSince, type RaisedRisk } from '#shared/risk/risk-gap.ts';
import type { RiskAssessment } from '#shared/risk/index.ts';
import type { ApplyOutcome, StreamRecordLike } from './coverage-aggregator.ts';
import { batchGet } from './batch-get.ts';
import { errorName, guarded } from './errors.ts';
import { runOnce } from './migration-marker.ts';
import { caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { missionKeys } from './mission-items.ts';
import { queryAll } from './query-all.ts';

export const RISK_ROSTER_KEY = { pk: 'RISK_RAISED', sk: 'ROSTER' } as const;

/** The roster's entries, as the gap view reads them (an item the BatchGet found, or none). */
export function raisedRisksOf(roster: Record<string, unknown> | undefined): RaisedRisk[] {
  const entries = (roster?.cases ?? {}) as Record<string, RaisedRisk>;
  return Object.values(entries);
}

/** The case fields an entry carries: a case record that changes none of them (a touch, a count) is ignored. */
const CASE_FIELDS = ['defenderName', 'country', 'riskStatuses', 'riskStatus', 'state'] as const;

const image = (value: Record<string, unknown> | undefined) => (value ? unmarshall(value as never) as Record<string, unknown> : undefined);

/** The case a stream record asks to reconcile: its risk analysis, its any-action marker, or its item when an entry's field changed. */
export function raisedRiskSubjectOf(record: StreamRecordLike): string | undefined {
  const keysOf = record.dynamodb?.Keys as Record<string, { S?: string }> | undefined;
  const pk = keysOf?.pk?.S ?? '';
  const sk = keysOf?.sk?.S ?? '';
  if (pk.startsWith('RISK#') && sk === 'RISK') return pk.slice('RISK#'.length);
  if (!pk.startsWith('CASE#')) return undefined;
  if (sk === `COVERED#${ANY_ACTION_COVERAGE}`) return pk.slice('CASE#'.length);
  const before = image(record.dynamodb?.OldImage);
  const after = image(record.dynamodb?.NewImage);
  if (String(after?.itemType ?? before?.itemType ?? '') !== 'case') return undefined;
  const changed = !before || !after || CASE_FIELDS.some((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
  return changed ? pk.slice('CASE#'.length) : undefined;
}

export function riskGapRosterProjector(doc: DynamoDBDocumentClient, table: string) {
  const update = (expression: string, names: Record<string, string>, values?: Record<string, unknown>) =>
    guarded(() => doc.send(new UpdateCommand({
      TableName: table, Key: RISK_ROSTER_KEY, UpdateExpression: expression, ExpressionAttributeNames: names,
      ...(values ? { ExpressionAttributeValues: values } : {}),
    })));

  /** Sets or removes one case's entry; the first entry creates the roster's map. */
  async function write(caseId: string, entry: RaisedRisk | undefined): Promise<void> {
    const names = { '#cases': 'cases', '#id': caseId };
    const set = () => (entry ? update('SET #cases.#id = :entry', names, { ':entry': entry }) : update('REMOVE #cases.#id', names));
    try {
      await set();
    } catch (error) {
      // No map yet (a fresh table): create it only if still absent, then write the entry.
      if (errorName(error) !== 'ValidationException') throw error;
      if (!entry) return;
      await update('SET #cases = if_not_exists(#cases, :empty)', { '#cases': 'cases' }, { ':empty': {} });
      await set();
    }
  }

  async function reconcileCase(caseId: string): Promise<void> {
    const items = await batchGet(doc, table, [keys.case(caseId), keys.riskAssessment(caseId), missionKeys.coverage(caseId, ANY_ACTION_COVERAGE)], { consistent: true });
    const caseItem = items.find((i) => i.itemType === 'case');
    const risk = items.find((i) => i.itemType === 'riskAssessment');
    const marker = items.find((i) => i.itemType === 'coverage');
    const raisedAt = risk ? raisedSince(stripKeys<RiskAssessment>(risk).levelHistory) : undefined;
    if (!caseItem || !risk || !raisedAt) return write(caseId, undefined);
    const c = caseFromItem(caseItem);
    await write(caseId, {
      case: { id: c.id, defenderName: c.defenderName, country: c.country, riskStatuses: c.riskStatuses, state: c.state },
      level: stripKeys<RiskAssessment>(risk).level, raisedAt,
      ...(marker?.lastLoggedAt ? { lastActionAt: String(marker.lastLoggedAt) } : {}),
    });
  }

  async function apply(record: StreamRecordLike): Promise<ApplyOutcome> {
    const caseId = raisedRiskSubjectOf(record);
    if (!caseId) return 'ignored';
    await reconcileCase(caseId);
    return 'applied';
  }

  return { apply, reconcileCase };
}

export type RiskGapRosterProjector = ReturnType<typeof riskGapRosterProjector>;

/**
 * The roster for a table from before the stream kept it: every case in the raised-risk index (byKind
 * `RISK_RAISED`, a Query, never a Scan) is reconciled as the stream would (twice changes nothing). A
 * marker records the run: `npm start` then skips it; `npm run backfill:risk-roster -- --force` runs it again.
 */
export async function backfillRiskRoster(
  doc: DynamoDBDocumentClient, table: string, projector: Pick<RiskGapRosterProjector, 'reconcileCase'>, options: { force?: boolean } = {},
): Promise<{ ran: boolean; cases: number }> {
  return runOnce(doc, table, 'risk-roster', options, { cases: 0 }, async () => {
    const raised = await queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :raised', ExpressionAttributeValues: { ':raised': 'RISK_RAISED' }, ProjectionExpression: 'caseId',
    });
    for (const r of raised) await projector.reconcileCase(String(r.caseId));
    return { cases: raised.length };
  });
}
