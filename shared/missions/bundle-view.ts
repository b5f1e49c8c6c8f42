/**
 * Trims what a case bundle carries of missions and the calendar to what the
 * viewer may see: requests for their posting (coordinators: all), public
 * actions plus their own confidential ones, and the observer roster for
 * members only.
 */
import type { Viewer } from '../domain/member.ts';
import type { CaseBundle } from '../ports/store.ts';
import { canSeeAction, canSeeRequest } from './mission-access.ts';

/** The bundle with only the requests, actions and observers `viewer` may see. */
export function trimMissionItems(viewer: Viewer, bundle: CaseBundle): CaseBundle {
  return {
    ...bundle,
    requests: bundle.requests.filter((r) => canSeeRequest(viewer, r, bundle.case)),
    missionActions: bundle.missionActions.filter((a) => canSeeAction(viewer, a, bundle.case)),
    observers: viewer.kind === 'member' ? bundle.observers : [],
  };
}
