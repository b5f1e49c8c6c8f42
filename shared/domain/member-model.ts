/**
 * Members of the network as the domain holds them: roles, the stored member, the viewer.
 * No zod here: the adapters and what a cold start reads (the session middleware) import
 * this; the schemas are in ./member.ts, which re-exports all of it.
 */
import type { UiLanguage } from '../i18n/languages.ts';

export const ROLES = ['coordinator', 'mp', 'diplomat'] as const;
export type Role = (typeof ROLES)[number];

export interface Member {
  id: string;
  /** Lower-cased; unique across the network. */
  email: string;
  name: string;
  role: Role;
  /** MPs: parliament and its country; diplomats: mission and country of posting. */
  parliament?: string;
  party?: string;
  /** The parliamentary committees an MP sits on. */
  committees?: string[];
  mission?: string;
  country?: string;
  /**
   * False once a coordinator deactivated the member: no sessions, no calendar feed, and out of
   * every roster, alert, notification and digest. Absent (members stored before it) means active.
   */
  active?: boolean;
  deactivatedAt?: string;
  /** The language the member chose for pages (settings or the language switcher); see digests/preferences.ts. */
  uiLanguage?: UiLanguage;
  /** The member's IANA time zone, saved in the settings or proposed by the browser at their first sign-in. */
  timeZone?: string;
  createdAt: string;
  version: number;
}

/** Who is asking: an anonymous visitor or a signed-in member. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'member'; id: string; email: string; name: string; role: Role; country?: string; mission?: string;
      /** The language the member saved for pages and emails (wins over the browser's). */
      uiLanguage?: UiLanguage;
      /** The member's IANA time zone, for the times pages show. */
      timeZone?: string;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** Members stored before deactivation existed have no `active`: they are active. */
export const isActiveMember = (m: Pick<Member, 'active'>): boolean => m.active !== false;

export const isCoordinator = (viewer: Viewer): boolean =>
  viewer.kind === 'member' && viewer.role === 'coordinator';
