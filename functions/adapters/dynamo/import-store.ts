/**
 * Spreadsheet imports in DynamoDB. External ids are read in batches of 100 (then their cases);
 * cases are written in transactions of up to 25 cases (100 items: case, audit line, consent
 * entry, external id), a few at once. A transaction whose condition fails for some cases
 * wrote nothing: it is sent again without them, so every other row is still stored.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DefenderCase } from '#shared/domain/case-model.ts';
import type { ImportedCaseWrite, ImportStore } from '#shared/imports/import-store.ts';
import { batchGet } from './batch-get.ts';
import { replaceCase } from './case-store.ts';
import { auditItem, caseItem, consentItem, caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { transactWrite } from './transact.ts';

/** DynamoDB's limit of items per transaction. */
const ITEMS_PER_TRANSACTION = 100;
/** Transactions in flight at once: enough to hide latency, few enough not to be throttled. */
const PARALLEL_TRANSACTIONS = 4;

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

export function importStore(doc: DynamoDBDocumentClient, table: string): ImportStore {
  const put = (Item: Record<string, unknown>, condition?: string) => ({
    Put: { TableName: table, Item, ...(condition ? { ConditionExpression: condition } : {}) },
  });

  /** The items of one write, the first being the one whose condition can fail. */
  const itemsOf = ({ write, externalId }: ImportedCaseWrite): Record<string, unknown>[] => {
    if (write.expectedVersion !== undefined) return [replaceCase(table, write.case, write.expectedVersion), put(auditItem(write.audit))];
    const items = [put(caseItem(write.case), 'attribute_not_exists(pk)'), put(auditItem(write.audit))];
    if (write.consent) items.push(put(consentItem(write.consent)));
    if (externalId) {
      items.push(put({ ...keys.externalCase(externalId), itemType: 'external', externalId, caseId: write.case.id }, 'attribute_not_exists(pk)'));
    }
    return items;
  };

  /** Sends one group; answers the indexes (in `group`) whose condition failed. */
  async function sendGroup(group: Array<{ index: number; items: Record<string, unknown>[] }>): Promise<number[]> {
    const failed: number[] = [];
    let pending = group;
    while (pending.length > 0) {
      const owners = pending.flatMap((entry) => entry.items.map(() => entry.index));
      const conditions = await transactWrite(doc, pending.flatMap((entry) => entry.items));
      if (conditions.length === 0) return failed;
      // The writes whose condition failed drop out; the rest are sent again without them.
      const losers = new Set(conditions.map((i) => owners[i]!));
      failed.push(...losers);
      pending = pending.filter((entry) => !losers.has(entry.index));
    }
    return failed;
  }

  return {
    async findImportedCases(externalIds) {
      const pointers = (await Promise.all(chunks([...new Set(externalIds)], 100).map((ids) => batchGet(doc, table, ids.map(keys.externalCase), { consistent: true }))))
        .flat() as Array<{ externalId: string; caseId: string }>;
      const cases = (await Promise.all(chunks(pointers.map((p) => keys.case(p.caseId)), 100).map((ks) => batchGet(doc, table, ks, { consistent: true }))))
        .flat()
        .map((item) => caseFromItem(item));
      const byId = new Map(cases.map((c) => [c.id, c]));
      return new Map(pointers.flatMap((p) => (byId.has(p.caseId) ? [[p.externalId, byId.get(p.caseId)!] as const] : [])));
    },

    async saveImportedCases(writes) {
      const groups: Array<Array<{ index: number; items: Record<string, unknown>[] }>> = [];
      let current: Array<{ index: number; items: Record<string, unknown>[] }> = [];
      let size = 0;
      writes.forEach((write, index) => {
        const items = itemsOf(write);
        if (size + items.length > ITEMS_PER_TRANSACTION) {
          groups.push(current);
          current = [];
          size = 0;
        }
        current.push({ index, items });
        size += items.length;
      });
      if (current.length > 0) groups.push(current);

      const failed = new Set<number>();
      let next = 0;
      const worker = async () => {
        while (next < groups.length) {
          const group = groups[next++]!;
          for (const index of await sendGroup(group)) failed.add(index);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_TRANSACTIONS, groups.length) }, worker));
      return failed;
    },
  };
}
