/**
 * Who may see a case. This is the single rule every read path applies: the
 * API, the pages, lists (through `visibleLevels`) and, later, digests and
 * exports. A case that fails it must answer 404, never 403.
 */
import type { DefenderCase, Visibility } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';

/** The visibility levels a viewer may list. */
export function visibleLevels(viewer: Viewer): readonly Visibility[] {
  if (viewer.kind === 'anonymous') return ['public'];
  if (viewer.role === 'coordinator') return ['public', 'network', 'restricted'];
  return ['public', 'network'];
}

/** True when the viewer may know this case exists. */
export function canSeeCase(viewer: Viewer, c: Pick<DefenderCase, 'visibility'>): boolean {
  return visibleLevels(viewer).includes(c.visibility);
}
