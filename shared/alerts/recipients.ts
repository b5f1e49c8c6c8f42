/**
 * Who receives an urgent alert: every member who may see the case (the one
 * visibility rule, `canSeeCase`) and who has pledged or twinned it, is named
 * on it, is a diplomat posted to its country, or follows its country or one
 * of its themes. A member who turned alerts off is left out. The inputs come
 * from find-recipients.ts (the case's partition, the posting roster, the
 * follows index and the members it names): this function only decides.
 */
import { canSeeCase } from '../access/visibility.ts';
import type { DefenderCase, Theme } from '../domain/case.ts';
import type { Role, Viewer } from '../domain/member.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import type { RecipientReason } from './alert.ts';

/** A member as the recipient rule needs them (a projection of the member item). */
export interface AlertCandidate {
  id: string;
  name: string;
  email: string;
  role: Role;
  country?: string;
  language: UiLanguage;
  /** The zone the member reads times in (shared/domain/member-time-zone.ts). */
  timeZone: string;
  followsCountries: string[];
  followsThemes: Theme[];
  alertsOff: boolean;
}

export interface CaseTies {
  pledgedMemberIds: readonly string[];
  twinMemberId?: string;
  postedMemberIds: readonly string[];
}

/** What the rule reads of a member: the send has the whole candidate, the compose page's count the reach's entries. */
export type RuleMember = Pick<AlertCandidate, 'id' | 'role' | 'country' | 'followsCountries' | 'followsThemes' | 'alertsOff'>;

export interface ChosenRecipient<M extends RuleMember = AlertCandidate> {
  member: M;
  reason: RecipientReason;
}

// The visibility rule reads the role and the id only; the reach's entries carry no name or address.
const viewerOf = (m: RuleMember): Viewer => ({ kind: 'member', id: m.id, email: '', name: '', role: m.role });

/** Why `m` receives an alert on `c`, or undefined when they do not. */
export function reasonFor(c: DefenderCase, ties: CaseTies, m: RuleMember): RecipientReason | undefined {
  if (m.alertsOff || !canSeeCase(viewerOf(m), c)) return undefined;
  if (ties.pledgedMemberIds.includes(m.id)) return 'pledged';
  if (ties.twinMemberId === m.id) return 'twin';
  if (c.namedMemberIds.includes(m.id)) return 'named';
  if (m.role === 'diplomat' && ties.postedMemberIds.includes(m.id)) return 'posted';
  if (m.followsCountries.includes(c.country)) return 'follows_country';
  if (m.followsThemes.some((t) => c.themes.includes(t))) return 'follows_theme';
  return undefined;
}

export function chooseRecipients<M extends RuleMember>(c: DefenderCase, ties: CaseTies, candidates: readonly M[]): ChosenRecipient<M>[] {
  const out: ChosenRecipient<M>[] = [];
  for (const member of candidates) {
    const reason = reasonFor(c, ties, member);
    if (reason) out.push({ member, reason });
  }
  return out.sort((a, b) => a.member.id.localeCompare(b.member.id));
}

/** How many recipients by role and by country (members without a country count under ""). */
export interface RecipientCounts {
  total: number;
  byRole: Partial<Record<Role, number>>;
  byCountry: Record<string, number>;
}

export function countRecipients(chosen: readonly ChosenRecipient<RuleMember>[]): RecipientCounts {
  const counts: RecipientCounts = { total: chosen.length, byRole: {}, byCountry: {} };
  for (const { member } of chosen) {
    counts.byRole[member.role] = (counts.byRole[member.role] ?? 0) + 1;
    const cc = member.country ?? '';
    counts.byCountry[cc] = (counts.byCountry[cc] ?? 0) + 1;
  }
  return counts;
}
