/**
 * Who may see a case. This is the single rule every read path applies: the
 * API, the pages, lists (through `listAudience`), and digests, exports and
 * calendar feeds as they come. A case that fails it answers 404, never 403.
 */
import type { DefenderCase, Visibility } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';

/**
 * What a list may contain for a viewer: whole visibility levels, plus
 * restricted cases that name this member.
 */
export interface Audience {
  levels: Visibility[];
  namedMemberId?: string;
}

export function listAudience(viewer: Viewer, requested?: Visibility): Audience {
  const all: Audience =
    viewer.kind === 'anonymous'
      ? { levels: ['public'] }
      : viewer.role === 'coordinator'
        ? { levels: ['public', 'network', 'restricted'] }
        : { levels: ['public', 'network'], namedMemberId: viewer.id };
  if (!requested) return all;
  // Asking for a level narrows the list; it never widens it.
  return {
    levels: all.levels.filter((l) => l === requested),
    ...(requested === 'restricted' && all.namedMemberId ? { namedMemberId: all.namedMemberId } : {}),
  };
}

/**
 * May this viewer open the case itself (its page and `GET /api/cases/{id}`)?
 * Whoever may see it, and, while it is paused, the members the pause notice
 * went to: they need the coordinators' guidance. Lists, feeds, digests,
 * alerts and exports use `canSeeCase` alone.
 */
export function canOpenCase(
  viewer: Viewer, c: Pick<DefenderCase, 'visibility' | 'namedMemberIds' | 'pausedAt' | 'pausedFollowerIds'>,
): boolean {
  if (canSeeCase(viewer, c)) return true;
  return viewer.kind === 'member' && c.pausedAt !== undefined && (c.pausedFollowerIds ?? []).includes(viewer.id);
}

/** True when the viewer may know this case exists. */
export function canSeeCase(viewer: Viewer, c: Pick<DefenderCase, 'visibility' | 'namedMemberIds'>): boolean {
  const audience = listAudience(viewer);
  if (audience.levels.includes(c.visibility)) return true;
  return c.visibility === 'restricted' && audience.namedMemberId !== undefined && c.namedMemberIds.includes(audience.namedMemberId);
}
