/**
 * The member home's two reads (`MemberHomeStore`, shared/ports/store.ts): one
 * Query of the member's byScope collection (`MEMBER#<id>`: their own item,
 * pledges, actions, co-signatures, observer sign-ups, waiting alerts and the
 * home projections the stream keeps, home-items.ts), split by item type; and
 * one BatchGet of the cases it names, as they are now.
 *
 * The Query reads one page (1 MB): the projections are bounded (closed
 * requests and hearings two days past leave it, suggestions only name active
 * cases without an adopter), so a page holds several thousand items.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WaitingAlert } from '#shared/alerts/index.ts';
import type { ProjectedHearing } from '#shared/coverage/home-collection.ts';
import { rosterKey } from '#shared/coverage/home-collection.ts';
import type { Member } from '#shared/domain/member.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import type { ObserverSignup } from '#shared/calendar/calendar.ts';
import type { LoggedAction } from '#shared/pledges/action.schema.ts';
import type { MemberHomeStore } from '#shared/ports/store.ts';
import { batchGet } from './batch-get.ts';
import { guarded } from './errors.ts';
import { keys, stripKeys } from './keys.ts';
import { caseFromItem } from './items.ts';
import { adoptionOf } from './pledge-items.ts';
import { HOME_ITEM_TYPE } from './home-items.ts';

type Item = Record<string, unknown>;

export function memberHomeStore(doc: DynamoDBDocumentClient, table: string): MemberHomeStore {
  return {
    async homeCollection(memberId) {
      const page = await guarded(() => doc.send(new QueryCommand({
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :member',
        ExpressionAttributeValues: { ':member': `MEMBER#${memberId}` },
      })));
      const items = page.Items ?? [];
      const ofType = (type: string) => items.filter((i) => i.itemType === type);
      const { pledges, actions, coSignatures } = adoptionOf(items);
      // As adoptionsOf: co-signers of the MP's own letters are not in the MP's scope.
      const own = actions.map(({ coSigners: _coSigners, ...a }): LoggedAction => a);
      const waiting = ofType('alert_waiting').map((i) => stripKeys<WaitingAlert>(i))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.alertId.localeCompare(a.alertId));
      const member = ofType('member')[0];
      return {
        ...(member ? { member: stripKeys<Member>(member) } : {}),
        adoptions: { pledges, actions: own, coSignatures, complete: page.LastEvaluatedKey === undefined },
        waiting,
        roster: new Set(ofType('observer').map((i) => stripKeys<ObserverSignup>(i)).map((o) => rosterKey(o.caseId, o.eventId))),
        hearings: ofType(HOME_ITEM_TYPE.hearing).map(hearingOf).sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId)),
        requests: ofType(HOME_ITEM_TYPE.request).map((i) => i.request as ActionRequest).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id)),
        suggestedCaseIds: ofType(HOME_ITEM_TYPE.suggestion).map((i) => String(i.caseId)),
      };
    },

    async casesNow(caseIds) {
      const items = await batchGet(doc, table, [...new Set(caseIds)].map((id) => keys.case(id)));
      return items.filter((i) => i.itemType === 'case').map((i) => caseFromItem(i));
    },
  };
}

const hearingOf = (i: Item): ProjectedHearing => ({
  caseId: String(i.caseId), eventId: String(i.eventId), at: String(i.at), timeZone: String(i.timeZone), title: String(i.title), court: String(i.court),
});
