/**
 * What of a case each viewer receives. Coordinators get the whole record;
 * members do not see who edited it (internal ids); anonymous visitors also
 * do not see the visibility level (always public for them). Sensitive fields
 * are not in `DefenderCase` at all, so they cannot slip through here.
 */
import type { DefenderCase } from '../domain/case.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';

export type CaseView = Omit<DefenderCase, 'createdBy' | 'updatedBy' | 'visibility'> &
  Partial<Pick<DefenderCase, 'createdBy' | 'updatedBy' | 'visibility'>>;

export function caseView(viewer: Viewer, c: DefenderCase): CaseView {
  if (isCoordinator(viewer)) return c;
  const { createdBy: _createdBy, updatedBy: _updatedBy, visibility, ...rest } = c;
  return viewer.kind === 'member' ? { ...rest, visibility } : rest;
}
