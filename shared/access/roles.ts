/** Role gates used by use cases. Anonymous → 401, wrong role → 403. */
import { ForbiddenError, UnauthorizedError } from '../errors/index.ts';
import type { Role, Viewer } from '../domain/member.ts';

export type MemberViewer = Extract<Viewer, { kind: 'member' }>;

export function requireMember(viewer: Viewer): MemberViewer {
  if (viewer.kind !== 'member') throw new UnauthorizedError();
  return viewer;
}

export function requireRole(viewer: Viewer, ...roles: Role[]): MemberViewer {
  const member = requireMember(viewer);
  if (!roles.includes(member.role)) throw new ForbiddenError();
  return member;
}

/**
 * For coordinator-only actions on a case: a caller who may not see the case
 * gets 404 (its existence stays hidden), one who may see it gets 403 (401
 * when signed out). Coordinators pass without a read, since they see every
 * case; the use case reads what it needs afterwards.
 */
export async function requireCoordinatorFor(
  viewer: Viewer,
  assertVisible: () => Promise<unknown>,
): Promise<MemberViewer> {
  if (viewer.kind === 'member' && viewer.role === 'coordinator') return viewer;
  await assertVisible();
  return requireRole(viewer, 'coordinator');
}
