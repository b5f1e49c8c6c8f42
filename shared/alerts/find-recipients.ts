/**
 * Loads what the recipient rule needs and applies it: the case with its
 * pledges and twin (one Query of its partition), the posting roster of its
 * country (one GetItem), the followers of its country and themes (one Query
 * each of the follows index), then every member so tied, in BatchGets of
 * 100. Reads grow with the members tied to the case, never with the whole
 * membership; the rule itself re-checks each member's own follows.
 */
import { NotFoundError } from '../errors/index.ts';
import type { Store } from '../ports/store.ts';
import type { CaseBundle } from '../ports/store.ts';
import { chooseRecipients, type ChosenRecipient } from './recipients.ts';

/** Choosing an alert's recipients: who is posted to or follows the case's country, and their details. */
export interface RecipientDeps {
  store: Pick<Store, 'postedMemberIds' | 'followerIds' | 'alertCandidates'>;
}

export async function findRecipients(deps: RecipientDeps, bundle: CaseBundle): Promise<ChosenRecipient[]> {
  const c = bundle.case;
  const [posted, followers] = await Promise.all([deps.store.postedMemberIds(c.country), deps.store.followerIds(c.country, c.themes)]);
  const ties = {
    pledgedMemberIds: bundle.pledges.map((p) => p.memberId),
    ...(bundle.twin ? { twinMemberId: bundle.twin.memberId } : {}),
    postedMemberIds: posted,
  };
  const tied = new Set([...ties.pledgedMemberIds, ...(bundle.twin ? [bundle.twin.memberId] : []), ...c.namedMemberIds, ...posted, ...followers]);
  return chooseRecipients(c, ties, await deps.store.alertCandidates([...tied]));
}

/** The case's bundle, or 404 when there is none. */
export async function bundleOrNotFound(deps: { store: Pick<Store, 'getCaseBundle'> }, caseId: string): Promise<CaseBundle> {
  const bundle = await deps.store.getCaseBundle(caseId);
  if (!bundle) throw new NotFoundError('case');
  return bundle;
}
