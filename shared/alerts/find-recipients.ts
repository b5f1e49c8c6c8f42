/**
 * Loads what the recipient rule needs and applies it: the case with its
 * pledges and twin (one Query of its partition), the posting roster of its
 * country (one GetItem) and the members list (a paginated Query of byKind
 * MEMBERS, projected). Reads grow with members, never members × cases.
 */
import { NotFoundError } from '../errors/index.ts';
import type { CoreDeps } from '../deps.ts';
import type { CaseBundle } from '../ports/store.ts';
import { chooseRecipients, type ChosenRecipient } from './recipients.ts';

export async function findRecipients(deps: CoreDeps, bundle: CaseBundle): Promise<ChosenRecipient[]> {
  const c = bundle.case;
  const [posted, candidates] = await Promise.all([deps.store.postedMemberIds(c.country), deps.store.listAlertCandidates()]);
  return chooseRecipients(c, {
    pledgedMemberIds: bundle.pledges.map((p) => p.memberId),
    ...(bundle.twin ? { twinMemberId: bundle.twin.memberId } : {}),
    postedMemberIds: posted,
  }, candidates);
}

/** The case's bundle, or 404 when there is none. */
export async function bundleOrNotFound(deps: CoreDeps, caseId: string): Promise<CaseBundle> {
  const bundle = await deps.store.getCaseBundle(caseId);
  if (!bundle) throw new NotFoundError('case');
  return bundle;
}
