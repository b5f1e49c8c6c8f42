/**
 * The member page's read (`MemberRecordStore`): one Query of the member's byScope collection from their
 * own item (`MEMBER`) to their last adoption (`PLEDGE#~`), so the member, their pledges, their actions
 * and the names of those cases (kept on them by the stream, case-name-projector.ts) come in one call.
 * Between the two sort keys lie only the member's observer sign-ups (`OBSERVER#`), left out by type; the
 * home projections (`HOME#`) and waiting alerts (`ALERT…`) sort before `MEMBER`, outside the range.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MemberRecordStore } from '#shared/ports/store.ts';
import type { Member } from '#shared/domain/member.ts';
import type { LoggedAction } from '#shared/pledges/action.schema.ts';
import { guarded } from './errors.ts';
import { stripKeys } from './keys.ts';
import { adoptionOf, adoptionRange, caseNamesOn } from './pledge-items.ts';
import { memberScopeKeys } from './items.ts';

export function memberRecordStore(doc: DynamoDBDocumentClient, table: string): MemberRecordStore {
  return {
    memberRecordCollection: (memberId) =>
      guarded(async () => {
        const scope = memberScopeKeys(memberId);
        const page = await doc.send(new QueryCommand({
          TableName: table, IndexName: 'byScope',
          KeyConditionExpression: 'gsi1pk = :member AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':member': scope.gsi1pk, ':from': scope.gsi1sk, ':to': adoptionRange().to },
        }));
        const items = page.Items ?? [];
        const member = items.find((i) => i.itemType === 'member');
        const { pledges, actions, coSignatures } = adoptionOf(items);
        // As adoptionsOf: co-signers of the MP's own letters are not in the MP's scope.
        const own = actions.map(({ coSigners: _coSigners, ...a }): LoggedAction => a);
        return {
          ...(member ? { member: stripKeys<Member>(member) } : {}),
          adoptions: { pledges, actions: own, coSignatures, complete: !page.LastEvaluatedKey },
          caseNames: caseNamesOn(items),
        };
      }),
  };
}
