/**
 * How many members an alert on a case would reach, for the compose page, in
 * one read whatever the number of followers: the reach of the case's country
 * and of each of its themes (the members who follow them, and the diplomats
 * posted to the country, with their role and country), and the members tied
 * to the case itself (pledges, twin, named), all in one BatchGet.
 *
 * The rule is the send's own (`chooseRecipients`); only its inputs differ:
 * the send reads the posting roster, the follows index and every member so
 * found, fresh, while the reach is kept by the table's stream from the member
 * items. Once the stream has caught up both give the same number
 * (test/integration/alert-reach.test.ts proves it over a mixed network and
 * after follows, roles, postings and activity change); before, the count can
 * be a moment behind, never the send.
 */
import type { Theme } from '../domain/case.ts';
import type { CaseBundle } from '../ports/store.ts';
import type { ReachEntry } from './alert-store.ts';
import type { Store } from '../ports/store.ts';
import { findRecipients, type RecipientDeps } from './find-recipients.ts';
import { chooseRecipients, countRecipients, type RecipientCounts, type RuleMember } from './recipients.ts';

/** The members the reach entries describe, each with the follows the rule needs for this case. */
function reachMembers(country: string, entries: readonly ReachEntry[]): Map<string, RuleMember & { followsCountries: string[]; followsThemes: Theme[] }> {
  const members = new Map<string, RuleMember & { followsCountries: string[]; followsThemes: Theme[] }>();
  for (const e of entries) {
    const m = members.get(e.memberId)
      ?? { id: e.memberId, role: e.role, ...(e.country ? { country: e.country } : {}), alertsOff: false, followsCountries: [], followsThemes: [] };
    if (e.followsCountry) m.followsCountries.push(country);
    if (e.followsTheme) m.followsThemes.push(e.followsTheme);
    members.set(e.memberId, m);
  }
  return members;
}

/** The compose page's count: session aside, the case's bundle (the caller's Query) and one BatchGet. */
export async function reachCounts(deps: RecipientDeps & { store: Pick<Store, 'alertReach'> }, bundle: CaseBundle): Promise<RecipientCounts> {
  const c = bundle.case;
  const pledgedMemberIds = bundle.pledges.map((p) => p.memberId);
  const tiedIds = [...new Set([...pledgedMemberIds, ...(bundle.twin ? [bundle.twin.memberId] : []), ...c.namedMemberIds])];
  const reach = await deps.store.alertReach(c.country, c.themes, tiedIds);
  if (reach.full) return countRecipients(await findRecipients(deps, bundle));
  const candidates = reachMembers(c.country, reach.entries);
  const ties = {
    pledgedMemberIds,
    ...(bundle.twin ? { twinMemberId: bundle.twin.memberId } : {}),
    postedMemberIds: reach.entries.filter((e) => e.posted).map((e) => e.memberId),
  };
  // A tied member is read whole, as the send reads them: their item wins over their reach entries.
  const tied = new Map<string, RuleMember>(reach.tied.map((m) => [m.id, m]));
  const rest = [...candidates.values()].filter((m) => !tied.has(m.id));
  return countRecipients(chooseRecipients(c, ties, [...tied.values(), ...rest]));
}
