/**
 * Who is already acting on a case: the members to warn when its publicity is
 * paused. Each kind of child item names its member in its own field; this
 * lists them explicitly, so a new kind of involvement is a conscious choice
 * (mission actions name their diplomat in `createdBy`, which a generic
 * "memberId" scan missed). Coordinators who create requests are not
 * participants: they see every case anyway.
 */
import type { CaseBundle } from '../ports/store.ts';

export function participantIds(bundle: CaseBundle): string[] {
  const ids = new Set<string>();
  for (const pledge of bundle.pledges) ids.add(pledge.memberId);
  for (const action of bundle.actions) {
    ids.add(action.memberId);
    for (const signature of action.coSigners ?? []) ids.add(signature.memberId);
  }
  for (const action of bundle.missionActions) ids.add(action.createdBy);
  for (const request of bundle.requests) if (request.respondedBy) ids.add(request.respondedBy);
  for (const observer of bundle.observers) ids.add(observer.memberId);
  return [...ids];
}
