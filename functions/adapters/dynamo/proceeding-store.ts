/**
 * Proceedings at international bodies in DynamoDB: under their case's partition
 * (`CASE#<id>`, `PROCEEDING#<id>`), so the case page's one Query reads them. An ECtHR application
 * still to lodge is also listed by its last day in the sparse byKind partition `ECTHR_DEADLINES`
 * (the reminder's range Query); a write that lodges it drops it from there, since each write puts
 * the whole item. A write that changes which judgments await execution also adds to or deletes from
 * the case's `executionWatch` (a string set) and bumps the case's version. The stages' timeline events
 * (and their news lines) go in the same transaction.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { DefenderCase } from '#shared/domain/case-model.ts';
import { applicationDeadline, type Proceeding } from '#shared/proceedings/proceeding-model.ts';
import type { DeadlineEntry, ProceedingContext, ProceedingStore, ProceedingWrite } from '#shared/proceedings/proceeding-store.ts';
import type { StageEventChange } from '#shared/proceedings/stage-events.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { IdempotentResponse } from '#shared/writes/records.ts';
import { batchGet } from './batch-get.ts';
import { auditItem, eventItem, idempotencyItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { newsItem, newsKeys } from './news-items.ts';
import { queryAll } from './query-all.ts';
import { failWith, transactWrite } from './transact.ts';

const DEADLINES = 'ECTHR_DEADLINES';

export const proceedingKey = (caseId: string, id: string) => ({ pk: `CASE#${caseId}`, sk: `PROCEEDING#${id}` });

export function proceedingItem(p: Proceeding): Record<string, unknown> {
  const deadline = applicationDeadline(p);
  return {
    ...proceedingKey(p.caseId, p.id),
    itemType: 'proceeding',
    ...(deadline ? { gsi2pk: DEADLINES, gsi2sk: `${deadline}#${p.caseId}#${p.id}` } : {}),
    ...p,
  };
}

type TransactItem = Record<string, unknown>;

export function proceedingStore(doc: DynamoDBDocumentClient, table: string): ProceedingStore {
  const put = (Item: Record<string, unknown>, condition?: string, values?: Record<string, unknown>): TransactItem => ({
    Put: { TableName: table, Item, ...(condition ? { ConditionExpression: condition } : {}), ...(values ? { ExpressionAttributeValues: values } : {}) },
  });

  return {
    async getProceedingContext(caseId, options = {}) {
      const wanted = [
        keys.case(caseId),
        ...(options.proceedingId ? [proceedingKey(caseId, options.proceedingId)] : []),
        ...(options.idempotency ? [keys.idempotency(options.idempotency.scope, options.idempotency.key)] : []),
      ];
      const context: ProceedingContext = {};
      for (const item of await batchGet(doc, table, wanted, { consistent: true })) {
        if (item.itemType === 'case') context.case = stripKeys<DefenderCase>(item);
        else if (item.itemType === 'proceeding') context.proceeding = stripKeys<Proceeding>(item);
        else if (item.itemType === 'idempotency') context.idempotent = stripKeys<IdempotentResponse>(item);
      }
      return context;
    },

    async saveProceeding(write) {
      const isCreate = write.expectedVersion === undefined;
      const items: TransactItem[] = [
        isCreate
          ? put(proceedingItem(write.proceeding), 'attribute_not_exists(pk)')
          : put(proceedingItem(write.proceeding), 'attribute_exists(pk) AND version = :expected', { ':expected': write.expectedVersion }),
        put(auditItem(write.audit)),
      ];
      const claimIndex = write.idempotency ? items.push(put(idempotencyItem(write.idempotency), 'attribute_not_exists(pk)')) - 1 : -1;
      for (const change of write.stageEvents ?? []) items.push(...stageEventWrites(table, change));
      const caseIndex = write.caseWatch ? items.push(watchUpdate(table, write.proceeding.caseId, write.caseWatch)) - 1 : -1;
      await transactWrite(doc, items, {
        onConditionFailed: failWith(
          [[claimIndex, () => new ConflictError('idempotency')], [caseIndex, () => new ConflictError('case')]],
          () => (isCreate ? new ConflictError('A proceeding with this id exists.') : new PreconditionFailedError()),
        ),
      });
    },

    async listApplicationDeadlines(fromDay, toDay) {
      const items = await queryAll(doc, {
        TableName: table,
        IndexName: 'byKind',
        KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':kind': DEADLINES, ':from': fromDay, ':to': `${toDay}#~` },
        ProjectionExpression: '#case, #id, gsi2sk',
        ExpressionAttributeNames: { '#case': 'caseId', '#id': 'id' },
      });
      return items.map((i): DeadlineEntry => ({ caseId: String(i.caseId), proceedingId: String(i.id), deadline: String(i.gsi2sk).slice(0, 10) }));
    },
  };
}

/**
 * A stage's timeline event and its line in the week's news, as an event correction writes them: the
 * event moved when its date (part of its key) changed, the news line kept under the week it was posted.
 */
function stageEventWrites(table: string, { before, after }: StageEventChange): TransactItem[] {
  const eventKey = (e: TimelineEvent) => keys.event(e.caseId, e.date, e.createdAt, e.id);
  const writes: TransactItem[] = [];
  if (before && (!after || eventKey(before).sk !== eventKey(after).sk)) writes.push({ Delete: { TableName: table, Key: eventKey(before) } });
  if (before && (!after || newsKeys.event(before).sk !== newsKeys.event(after).sk)) writes.push({ Delete: { TableName: table, Key: newsKeys.event(before) } });
  if (after) writes.push({ Put: { TableName: table, Item: eventItem(after) } }, { Put: { TableName: table, Item: newsItem(after) } });
  return writes;
}

/**
 * The case's execution watch: an element added or deleted atomically (no condition), or the whole set
 * replaced if the case is still at the version read. Each bumps the case's version.
 */
function watchUpdate(table: string, caseId: string, watch: NonNullable<ProceedingWrite['caseWatch']>): TransactItem {
  const names = { '#watch': 'executionWatch', '#version': 'version' };
  const base = { TableName: table, Key: keys.case(caseId), ExpressionAttributeNames: names };
  if (watch.replace) {
    const { elements, caseVersion } = watch.replace;
    return {
      Update: {
        ...base,
        UpdateExpression: `${elements.length ? 'SET #watch = :watch' : 'REMOVE #watch'} ADD #version :one`,
        ConditionExpression: 'attribute_exists(pk) AND #version = :read',
        ExpressionAttributeValues: { ...(elements.length ? { ':watch': new Set(elements) } : {}), ':one': 1, ':read': caseVersion },
      },
    };
  }
  const element = watch.add ?? watch.remove!;
  return {
    Update: {
      ...base,
      UpdateExpression: watch.add ? 'ADD #watch :element, #version :one' : 'DELETE #watch :element ADD #version :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':element': new Set([element]), ':one': 1 },
    },
  };
}
