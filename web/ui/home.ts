/** Where each role lands after signing in (and when it opens the start page signed in). */
import type { Role } from '#shared/domain/member.ts';

export const HOME: Record<Role, string> = { coordinator: '/dashboard', mp: '/home', diplomat: '/home' };
