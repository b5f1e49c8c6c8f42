/**
 * Who has acted on a case: the members to warn when its publicity is paused.
 * Every child item of a case that records a member's involvement carries
 * that member's id; this collects them from the case bundle.
 */
import type { CaseBundle } from '../ports/store.ts';

export function participantIds(bundle: CaseBundle): string[] {
  const ids = new Set<string>();
  for (const value of Object.values(bundle)) {
    if (!Array.isArray(value)) continue;
    for (const child of value as Array<Record<string, unknown>>) {
      // Pledges, logged actions, mission actions and observer sign-ups name their member.
      if (typeof child.memberId === 'string') ids.add(child.memberId);
    }
  }
  return [...ids];
}
