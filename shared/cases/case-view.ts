/**
 * What of a case each viewer receives. Coordinators get the whole record;
 * members do not see who edited it nor who was told of a pause (internal
 * ids); anonymous visitors also
 * do not see the visibility level (always public for them). Sensitive fields
 * are not in `DefenderCase` at all, so they cannot slip through here.
 */
import type { DefenderCase } from '../domain/case.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';

export type CaseView = Omit<DefenderCase, 'createdBy' | 'updatedBy' | 'visibility' | 'pausedFollowerIds' | 'executionWatch'> &
  Partial<Pick<DefenderCase, 'createdBy' | 'updatedBy' | 'visibility' | 'pausedFollowerIds'>>;

export function caseView(viewer: Viewer, stored: DefenderCase): CaseView {
  // The execution watch is the gap view's index (a set, which JSON cannot carry); proceedings say it in full.
  const { executionWatch: _watch, ...c } = stored;
  if (isCoordinator(viewer)) return c;
  const { createdBy: _createdBy, updatedBy: _updatedBy, pausedFollowerIds: _followers, visibility, ...rest } = c;
  return viewer.kind === 'member' ? { ...rest, visibility } : rest;
}
