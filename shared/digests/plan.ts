/**
 * What the weekly job decides about a member before it claims them: the
 * digest is off, the address is suppressed, there is nothing to say, or
 * here is their digest. One rule for the job that sends and for the count
 * the coordinator confirms before sending, so the two cannot disagree.
 */
import type { Member } from '../domain/member.ts';
import { composeDigest, isEmpty, type Digest } from './compose.ts';
import type { DigestInputs } from './inputs.ts';
import type { DigestWindow } from './iso-week.ts';
import { preferencesOf, type DigestPreferences } from './preferences.ts';

export type MemberPlan =
  | { send: false; outcome: 'optedOut' | 'suppressed' | 'skippedEmpty' }
  | { send: true; digest: Digest; preferences: DigestPreferences };

/** `suppressed` holds lower-cased addresses. */
export function planFor(member: Member, suppressed: ReadonlySet<string>, inputs: DigestInputs, window: DigestWindow): MemberPlan {
  const preferences = preferencesOf(member);
  if (!preferences.weeklyDigest) return { send: false, outcome: 'optedOut' };
  if (suppressed.has(member.email.toLowerCase())) return { send: false, outcome: 'suppressed' };
  const digest = composeDigest(member, preferences, inputs, window);
  if (isEmpty(digest)) return { send: false, outcome: 'skippedEmpty' };
  return { send: true, digest, preferences };
}
