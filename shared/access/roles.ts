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
