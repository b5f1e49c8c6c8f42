/**
 * Cases in DynamoDB: each change written in one transaction with its audit
 * line (and consent entry, event or idempotency claim), the whole case read
 * in one Query, filtered lists, and the separately stored sensitive fields.
 */
import {
  BatchGetCommand, GetCommand, PutCommand, type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { DefenderCase } from '#shared/domain/case-model.ts';
import type { ConsentEntry } from '#shared/domain/consent.ts';
import type { SensitiveFields } from '#shared/domain/sensitive.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import type { MissionAction } from '#shared/missions/mission-action.ts';
import type { ObserverSignup } from '#shared/calendar/calendar.ts';
import type { Attachment } from '#shared/attachments/attachment.ts';
import type { Proceeding } from '#shared/proceedings/proceeding.ts';
import type { CaseBundle, CaseStore } from '#shared/ports/store.ts';
import type { Page } from '#shared/paging/page.ts';
import { matchesCaseFilter } from '#shared/cases/case-filter.ts';
import { visiblePage } from '#shared/paging/visible-page.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { auditItem, caseItem, consentItem, eventItem, idempotencyItem, sensitiveItem, caseFromItem } from './items.ts';
import { newsItem } from './news-items.ts';
import { keys, stripKeys } from './keys.ts';
import { caseListQuery } from './case-query.ts';
import { queryItems } from './plain-reads.ts';
import { adoptionItems } from './pledge-items.ts';
import { alertRostersOf, BELOW_COORDINATOR_ITEMS } from './alert-roster-items.ts';

/** A filtered list looks at most at this many query pages of cases the caller may see (the request budget is 3 calls). */
const MAX_QUERIES_PER_PAGE = 2;
/** Items read per query when a filter may discard some. */
const FILTERED_READ = 100;

type Put = { Put: { TableName: string; Item: Record<string, unknown>; ConditionExpression?: string; ExpressionAttributeValues?: Record<string, unknown> } };

/** Every CaseStore method but the event corrections (event-correction-store.ts). */
export function caseStore(doc: DynamoDBDocumentClient, table: string): Omit<CaseStore, 'saveEventCorrection'> {
  const put = (Item: Record<string, unknown>, condition?: { expression: string; values?: Record<string, unknown> }): Put => ({
    Put: {
      TableName: table,
      Item,
      ...(condition ? { ConditionExpression: condition.expression } : {}),
      ...(condition?.values ? { ExpressionAttributeValues: condition.values } : {}),
    },
  });

  /** The case's partition in one Query; without `alertRosters`, DynamoDB stops before the coordinators' rosters. */
  const readCasePartition = (id: string, options: { alertRosters: boolean }) =>
    guarded(async () => {
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      // One call for any real case (1 MB of items); the loop only guards against a giant one.
      do {
        // A plain read (plain-reads.ts): the case page makes this call on every request.
        const page = await queryItems(doc, {
          TableName: table,
          KeyConditionExpression: options.alertRosters ? 'pk = :pk' : 'pk = :pk AND sk < :below',
          ExpressionAttributeValues: { ':pk': keys.case(id).pk, ...(options.alertRosters ? {} : { ':below': BELOW_COORDINATOR_ITEMS }) },
          ExclusiveStartKey: start,
        });
        items.push(...page.Items);
        start = page.LastEvaluatedKey;
      } while (start);
      return items;
    });

  return {
    async saveCase(write) {
      const isCreate = write.expectedVersion === undefined && !write.touch;
      const items: Array<Put | ReturnType<typeof touchCase>> = [
        write.touch
          ? touchCase(table, write.case, write.touch)
          : isCreate
            ? put(caseItem(write.case), { expression: 'attribute_not_exists(pk)' })
            // An edit sets every field but adopterCount, which pledges move on their own (ADD, no version bump).
            : replaceCase(table, write.case, write.expectedVersion!),
        put(auditItem(write.audit)),
      ];
      if (write.consent) items.push(put(consentItem(write.consent)));
      // The week's news (digests read a week's events in one Query) goes in the same transaction as the event.
      if (write.event) items.push(put(eventItem(write.event)), put(newsItem(write.event)));
      const claimIndex = write.idempotency ? items.push(put(idempotencyItem(write.idempotency), { expression: 'attribute_not_exists(pk)' })) - 1 : -1;
      await transactWrite(doc, items, {
        onConditionFailed: failWith(
          [[claimIndex, () => new ConflictError('idempotency')]],
          () => (isCreate ? new ConflictError('A case with this id exists.') : new PreconditionFailedError()),
        ),
      });
    },

    getCase: (id) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.case(id) }));
        return Item ? caseFromItem(Item) : undefined;
      }),

    getCaseBundle: async (id) => bundleOf(await readCasePartition(id, { alertRosters: false })),

    // Issue 14: the coordinators' case page reads the alerts' rosters in the case's own Query (alert-roster-items.ts).
    async getCaseBundleWithAlertRosters(id) {
      const items = await readCasePartition(id, { alertRosters: true });
      const bundle = bundleOf(items);
      return bundle ? { bundle, alerts: alertRostersOf(items) } : undefined;
    },

    async listCases(filter, limit, start) {
      const query = caseListQuery(table, filter);
      const readSize = Math.max(FILTERED_READ, limit);
      // Hidden cases cost reads but not budget: a page looks at as many visible cases as it would with none hidden.
      return visiblePage({
        limit, start, scanLimit: MAX_QUERIES_PER_PAGE * readSize,
        read: async (from) => {
          const page = await guarded(() => queryItems(doc, { ...query, Limit: readSize, ExclusiveStartKey: from }));
          const rows = page.Items.map((raw) => {
            const found = caseFromItem(raw);
            return { item: matchesCaseFilter(filter, found) ? found : undefined, position: lastKeyOf(raw, query.IndexName) };
          });
          return { rows, ...(page.LastEvaluatedKey ? { next: page.LastEvaluatedKey } : {}) };
        },
      }) satisfies Promise<Page<DefenderCase>>;
    },

    readSensitive: (caseId, audit) =>
      guarded(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: auditItem(audit) }));
        const { Responses } = await doc.send(
          new BatchGetCommand({ RequestItems: { [table]: { Keys: [keys.case(caseId), keys.sensitive(caseId), keys.caseSource(caseId)], ConsistentRead: true } } }),
        );
        const found = Responses?.[table] ?? [];
        const caseRecord = found.find((i) => i.itemType === 'case');
        const fields = found.find((i) => i.itemType === 'sensitive');
        const source = found.find((i) => i.itemType === 'caseSource');
        return {
          ...(caseRecord ? { case: caseFromItem(caseRecord) } : {}),
          ...(fields ? { fields: stripKeys<SensitiveFields>(fields) } : {}),
          ...(source ? { sourceReport: { reportId: String(source.reportId), reference: String(source.reference) } } : {}),
        };
      }),

    async saveSensitive(fields, expectedVersion, audit) {
      const items = [
        put(
          sensitiveItem(fields),
          expectedVersion === 0
            ? { expression: 'attribute_not_exists(pk)' }
            : { expression: 'version = :expected', values: { ':expected': expectedVersion } },
        ),
        put(auditItem(audit)),
      ];
      await transactWrite(doc, items, { onConditionFailed: failWith([], () => new PreconditionFailedError()) });
    },
  };
}

/**
 * An edit: an Update that sets every field of the case except adopterCount,
 * conditioned on the version the editor read.
 */
export function replaceCase(table: string, c: DefenderCase, expectedVersion: number) {
  const { adopterCount: _moved, ...item } = caseItem(c);
  const entries = Object.entries(item).filter(([k, v]) => k !== 'pk' && k !== 'sk' && v !== undefined);
  // Fields the edit cleared (closedReason, pausedAt and its followers, a clearance) must be removed, not left behind.
  // riskStatus: the single status of an item stored before several existed, replaced by riskStatuses.
  const removed = ['closedReason', 'pausedAt', 'pausedFollowerIds', 'organisation', 'publicActionClearedAt', 'riskStatus'].filter((k) => item[k] === undefined);
  return {
    Update: {
      TableName: table,
      Key: keys.case(c.id),
      UpdateExpression: `SET ${entries.map(([k]) => `#${k} = :${k}`).join(', ')}${removed.length ? ` REMOVE ${removed.map((k) => `#${k}`).join(', ')}` : ''}`,
      ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
      ExpressionAttributeNames: Object.fromEntries([...entries.map(([k]) => [`#${k}`, k]), ...removed.map((k) => [`#${k}`, k])]),
      ExpressionAttributeValues: { ...Object.fromEntries(entries.map(([k, v]) => [`:${k}`, v])), ':expected': expectedVersion },
    },
  };
}

/**
 * An Update that sets a few fields, refreshes the recency keys and bumps the
 * version without a version precondition (the case must exist).
 */
export function touchCase(table: string, c: DefenderCase, fields: Record<string, unknown>) {
  const item = caseItem(c);
  const set: Record<string, unknown> = {
    ...fields, updatedAt: c.updatedAt, updatedBy: c.updatedBy, gsi1sk: item.gsi1sk, gsi2sk: item.gsi2sk,
  };
  const entries = Object.entries(set).filter(([, v]) => v !== undefined);
  return {
    Update: {
      TableName: table,
      Key: keys.case(c.id),
      UpdateExpression: `SET ${entries.map(([k]) => `#${k} = :${k}`).join(', ')} ADD #version :one`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: Object.fromEntries([...entries.map(([k]) => [`#${k}`, k]), ['#version', 'version']]),
      ExpressionAttributeValues: Object.fromEntries([...entries.map(([k, v]) => [`:${k}`, v]), [':one', 1]]),
    },
  };
}

function lastKeyOf(item: Record<string, unknown>, index: string): Record<string, unknown> {
  const indexKeys = index === 'byScope' ? ['gsi1pk', 'gsi1sk'] : ['gsi2pk', 'gsi2sk'];
  return Object.fromEntries(['pk', 'sk', ...indexKeys].map((k) => [k, item[k]]));
}

/** A case's items as a bundle (undefined without the case's own item); items of other kinds are left out. */
function bundleOf(items: Record<string, unknown>[]): CaseBundle | undefined {
  const found = items.find((i) => i.itemType === 'case');
  if (!found) return undefined;
  const ofType = <T>(type: string) => items.filter((i) => i.itemType === type).map((i) => stripKeys<T>(i));
  return {
    case: caseFromItem(found),
    events: ofType<TimelineEvent>('event'),
    consent: ofType<ConsentEntry>('consent'),
    ...adoptionItems(items),
    requests: ofType<ActionRequest>('request'),
    missionActions: ofType<MissionAction>('mission_action'),
    observers: ofType<ObserverSignup>('observer'),
    attachments: ofType<Attachment>('attachment'),
    proceedings: ofType<Proceeding>('proceeding'),
  };
}
