/**
 * Digests in DynamoDB: member preferences (on the member's item, versioned
 * with it), the per-week send records (`DIGEST#<week>` / `MEMBER#<id>`),
 * run records and the suppression list (both listed through byKind, so each
 * loads in one paginated Query).
 */
import {
  DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { NotFoundError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { Member } from '#shared/domain/member.ts';
import { DEFAULT_PREFERENCES } from '#shared/digests/preferences-model.ts';
import { OUTCOMES, type DigestRun } from '#shared/digests/run.ts';
import type { AuditEntry } from '#shared/writes/records.ts';
import type { DigestStore } from '#shared/digests/digest-store.ts';
import { guarded, isConditionFailure, rethrowTransient } from './errors.ts';
import { transactWrite } from './transact.ts';
import { auditItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { loadDigestRecords } from './digest-records.ts';
import { readDigestBoard } from './digest-board.ts';
import { queryAll } from './query-all.ts';
import { followChanges, followsOf, removeStaleFollows } from './follow-items.ts';

/** Send records are kept a little over a year: enough for "did they get week N?" questions. */
const SEND_RECORD_DAYS = 400;

export function digestStore(doc: DynamoDBDocumentClient, table: string): DigestStore {
  type Update = { Key: Record<string, unknown>; UpdateExpression: string; ConditionExpression: string; ExpressionAttributeValues: Record<string, unknown>; ExpressionAttributeNames?: Record<string, string> };
  /** `timeZone` is a reserved word in expressions: every choice goes by a name placeholder. */
  const CHOICE_NAMES = { '#uiLanguage': 'uiLanguage', '#timeZone': 'timeZone' };
  /** `SET` for the choices given, `REMOVE` for those left out. */
  const choices = (p: { uiLanguage?: string; timeZone?: string }) => {
    const set: string[] = [];
    const remove: string[] = [];
    const values: Record<string, unknown> = {};
    for (const [name, value] of [['uiLanguage', p.uiLanguage], ['timeZone', p.timeZone]] as const) {
      if (value === undefined) remove.push(`#${name}`);
      else set.push(`#${name} = :${name}`), (values[`:${name}`] = value);
    }
    return { set: set.map((part) => `, ${part}`).join(''), remove: remove.length ? ` REMOVE ${remove.join(', ')}` : '', values };
  };
  /** True when written, false when a condition failed. */
  const transact = async (update: Update, audit: AuditEntry, alongside: Record<string, unknown>[] = []): Promise<boolean> =>
    (await transactWrite(doc, [{ Update: { TableName: table, ...update } }, { Put: { TableName: table, Item: auditItem(audit) } }, ...alongside])).length === 0;
  const byKind = (kind: string) => ({
    TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': kind },
  });

  return {
    async savePreferences(memberId, { uiLanguage, timeZone, ...digest }, expectedVersion, audit) {
      // The follows index changes with the follows, in the same transaction: what they were is read first
      // (the save is conditioned on that version, so nothing can change in between).
      const { Item: current } = await guarded(() => doc.send(new GetCommand({
        TableName: table, Key: keys.member(memberId), ProjectionExpression: 'preferences, version', ConsistentRead: true,
      })));
      if (current?.version !== expectedVersion) throw new PreconditionFailedError();
      const follows = followChanges(table, memberId, followsOf(current.preferences), digest, expectedVersion + 1, 98);
      const own = choices({ uiLanguage, timeZone });
      const saved = await transact({
        Key: keys.member(memberId),
        UpdateExpression: `SET preferences = :p, version = version + :one${own.set}${own.remove}`,
        ConditionExpression: 'attribute_exists(pk) AND version = :expected',
        ExpressionAttributeValues: { ':p': digest, ':one': 1, ':expected': expectedVersion, ...own.values },
        ExpressionAttributeNames: CHOICE_NAMES,
      }, audit, follows.inTransaction);
      if (!saved) throw new PreconditionFailedError();
      await removeStaleFollows(doc, table, follows.after, expectedVersion + 1);
    },

    saveUiLanguage: (memberId, language, audit) =>
      transact({
        Key: keys.member(memberId),
        UpdateExpression: 'SET #uiLanguage = :l, version = version + :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':l': language, ':one': 1 },
        ExpressionAttributeNames: { '#uiLanguage': 'uiLanguage' },
      }, audit),

    proposeTimeZone: (memberId, timeZone, audit) =>
      transact({
        Key: keys.member(memberId),
        UpdateExpression: 'SET #timeZone = :z, version = version + :one',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#timeZone)',
        ExpressionAttributeValues: { ':z': timeZone, ':one': 1 },
        ExpressionAttributeNames: { '#timeZone': 'timeZone' },
      }, audit),

    async turnDigestOff(memberId, audit) {
      // Two shapes, each conditioned so that a concurrent save cannot be lost: preferences already stored…
      const changed = await transact({
        Key: keys.member(memberId),
        UpdateExpression: 'SET preferences.weeklyDigest = :off, version = version + :one',
        ConditionExpression: 'attribute_exists(preferences)',
        ExpressionAttributeValues: { ':off': false, ':one': 1 },
      }, audit);
      if (changed) return true;
      // …or none yet: the defaults, with the digest off.
      return transact({
        Key: keys.member(memberId),
        UpdateExpression: 'SET preferences = :p, version = version + :one',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(preferences)',
        ExpressionAttributeValues: { ':p': { ...DEFAULT_PREFERENCES, weeklyDigest: false }, ':one': 1 },
      }, audit);
    },

    loadDigestRecords: (window, scope) => loadDigestRecords(doc, table, window, scope),

    readDigestBoard: (window) => readDigestBoard(doc, table, window),

    listAllMembers: async () => (await queryAll(doc, byKind('MEMBERS'))).map((i) => stripKeys<Member>(i)),

    listSuppressedAddresses: async () =>
      (await queryAll(doc, { ...byKind('SUPPRESSED'), ProjectionExpression: 'email' })).map((i) => String(i.email)),

    listDigestRecipients: async (week) =>
      (await queryAll(doc, {
        TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.digestSend(week, '').pk }, ProjectionExpression: 'memberId',
      })).map((i) => String(i.memberId)),

    isSuppressed: (email) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.suppressed(email.toLowerCase()), ProjectionExpression: 'pk' }));
        return Item !== undefined;
      }),

    async suppressAddress(s, audit) {
      const email = s.email.toLowerCase();
      // No conditions: a suppression written twice is the same suppression.
      await transactWrite(doc, [
        { Put: { TableName: table, Item: { ...keys.suppressed(email), itemType: 'suppression', gsi2pk: 'SUPPRESSED', gsi2sk: email, ...s, email } } },
        { Put: { TableName: table, Item: auditItem(audit) } },
      ]);
    },

    async claimDigest(week, memberId, runId, at) {
      try {
        await doc.send(new PutCommand({
          TableName: table,
          Item: {
            ...keys.digestSend(week, memberId), itemType: 'digest-send', week, memberId, runId, status: 'sending', claimedAt: at,
            expiresAt: Math.floor(Date.parse(at) / 1000) + SEND_RECORD_DAYS * 86_400,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }));
        return { claimed: true };
      } catch (error) {
        if (!isConditionFailure(error)) rethrowTransient(error);
        // The item that holds the claim comes back raw (attribute values), even from the document client.
        const held = (error as { Item?: { status?: { S?: string } } }).Item?.status?.S;
        return { claimed: false, status: held === 'sent' ? 'sent' : 'sending' };
      }
    },

    markDigestSent: (week, memberId, runId, messageId, at) =>
      guarded(async () => {
        await doc.send(new UpdateCommand({
          TableName: table,
          Key: keys.digestSend(week, memberId),
          UpdateExpression: 'SET #status = :sent, messageId = :id, sentAt = :at',
          ConditionExpression: 'runId = :run',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':id': messageId, ':at': at, ':run': runId },
        }));
      }),

    releaseDigestClaim: (week, memberId, runId) =>
      guarded(async () => {
        try {
          await doc.send(new DeleteCommand({
            TableName: table,
            Key: keys.digestSend(week, memberId),
            ConditionExpression: 'runId = :run AND #status = :sending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':run': runId, ':sending': 'sending' },
          }));
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }),

    saveDigestRun: (run) =>
      guarded(async () => {
        await doc.send(new PutCommand({
          TableName: table,
          Item: { ...keys.digestRun(run.id), itemType: 'digest-run', gsi2pk: 'DIGEST_RUNS', gsi2sk: `${run.startedAt}#${run.id}`, ...run },
        }));
      }),

    async recordDigestBatch(runId, batch, totals, at) {
      const outcomes = OUTCOMES.filter((o) => totals[o] > 0);
      const failed = await transactWrite(doc, [
        { Put: { TableName: table, Item: { pk: keys.digestRun(runId).pk, sk: `BATCH#${String(batch).padStart(6, '0')}`, itemType: 'digest-batch', runId, batch, totals, at }, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Update: {
            TableName: table, Key: keys.digestRun(runId), ConditionExpression: 'attribute_exists(pk)',
            // SET with arithmetic: ADD works on top-level attributes only, and the totals are a map. Names by
            // placeholder: some outcomes (`unknown`) are reserved words in expressions.
            UpdateExpression: `SET batchesDone = batchesDone + :one, totals.considered = totals.considered + :considered${outcomes.map((o) => `, totals.#${o} = totals.#${o} + :${o}`).join('')}`,
            ...(outcomes.length ? { ExpressionAttributeNames: Object.fromEntries(outcomes.map((o) => [`#${o}`, o])) } : {}),
            ExpressionAttributeValues: { ':one': 1, ':considered': totals.considered, ...Object.fromEntries(outcomes.map((o) => [`:${o}`, totals[o]])) },
          },
        },
      ]);
      // The batch recorded already (a redelivered batch): counted once.
      if (failed.includes(0)) return false;
      if (failed.length > 0) throw new NotFoundError('digest run');
      try {
        await doc.send(new UpdateCommand({
          TableName: table, Key: keys.digestRun(runId),
          UpdateExpression: 'SET #status = :finished, finishedAt = :at',
          ConditionExpression: 'batchesDone = batches AND #status = :running',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':finished': 'finished', ':running': 'running', ':at': at },
        }));
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      return true;
    },

    getDigestRun: (runId) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.digestRun(runId) }));
        return Item ? stripKeys<DigestRun>(Item) : undefined;
      }),

    listDigestRuns: (limit, start) =>
      guarded(async () => {
        const page = await doc.send(new QueryCommand({ ...byKind('DIGEST_RUNS'), ScanIndexForward: false, Limit: limit, ExclusiveStartKey: start }));
        return { items: (page.Items ?? []).map((i) => stripKeys<DigestRun>(i)), next: page.LastEvaluatedKey };
      }),
  };
}
