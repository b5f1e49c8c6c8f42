/**
 * The member home's two reads (`MemberHomeStore`, shared/ports/store.ts): one
 * Query of the member's byScope collection (`MEMBER#<id>`: pledges, actions,
 * co-signatures, observer sign-ups and waiting alerts), split by item type;
 * one BatchGet of the cases it names and the member's item.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WaitingAlert } from '#shared/alerts/index.ts';
import type { Member } from '#shared/domain/member.ts';
import type { LoggedAction } from '#shared/pledges/action.schema.ts';
import type { MemberHomeStore } from '#shared/ports/store.ts';
import { queryAll } from './query-all.ts';
import { batchGet } from './batch-get.ts';
import { keys, stripKeys } from './keys.ts';
import { caseFromItem } from './items.ts';
import { adoptionOf } from './pledge-items.ts';

/** Cases one home read holds, with the member's own item: a BatchGet's 100 keys. */
const HOME_CASES_PER_READ = 99;

export function memberHomeStore(doc: DynamoDBDocumentClient, table: string): MemberHomeStore {
  return {
    async memberCollection(memberId) {
      const items = await queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :member',
        ExpressionAttributeValues: { ':member': `MEMBER#${memberId}` },
      });
      const { pledges, actions, coSignatures } = adoptionOf(items);
      // As adoptionsOf: co-signers of the MP's own letters are not in the MP's scope.
      const own = actions.map(({ coSigners: _coSigners, ...a }): LoggedAction => a);
      const waiting = items.filter((i) => i.itemType === 'alert_waiting').map((i) => stripKeys<WaitingAlert>(i))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.alertId.localeCompare(a.alertId));
      return { adoptions: { pledges, actions: own, coSignatures, complete: true }, waiting };
    },

    async casesAndMember(caseIds, memberId) {
      const ids = [...new Set(caseIds)].slice(0, HOME_CASES_PER_READ);
      const items = await batchGet(doc, table, [keys.member(memberId), ...ids.map((id) => keys.case(id))]);
      const member = items.find((i) => i.pk === keys.member(memberId).pk && i.sk === keys.member(memberId).sk);
      return {
        cases: items.filter((i) => i.itemType === 'case').map((i) => caseFromItem(i)),
        ...(member ? { member: stripKeys<Member>(member) } : {}),
      };
    },
  };
}
