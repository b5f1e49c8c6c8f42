/**
 * What the members' and joining use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one; so is anything else that has these, which is all a test has to provide.
 * Ports of other features (auth's sign-in tokens and sessions, calendar feeds) are named through the store.
 */
import type { LimitDeps } from '../limits/fixed-window.ts';
import type { Clock } from '../ports/clock.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { Store } from '../ports/store.ts';
import type { JoinRequestStore, MemberStore } from './member-store.ts';

/** A welcome email: a sign-in token stored for the member, and its link emailed. */
export interface WelcomeDeps {
  store: Pick<Store, 'putSignInToken'>;
  mailer: Mailer;
  clock: Clock;
  appUrl: string;
}

/** Asking to join: the limits on the client and the address, and the request's write. */
export type JoinSubmitDeps = LimitDeps & { store: Pick<JoinRequestStore, 'createJoinRequest'> };

/** One pending join request read. */
export interface PendingDeps {
  store: Pick<JoinRequestStore, 'getJoinRequest'>;
}

/** Approving a join request: the request read, the decision written with the member, and the welcome. */
export type ApproveJoinDeps = WelcomeDeps & { store: Pick<JoinRequestStore, 'getJoinRequest' | 'decideJoinRequest'> & Pick<MemberStore, 'getMemberIdByEmail'> };

/** Rejecting a join request: the request read, the decision written, and the email saying so. */
export interface RejectJoinDeps {
  store: Pick<JoinRequestStore, 'getJoinRequest' | 'decideJoinRequest'>;
  clock: Clock;
  mailer: Mailer;
}

/** One member read. */
export interface MemberReadDeps {
  store: Pick<MemberStore, 'getMember'>;
}

/** Ending a member's access: their sessions, their calendar feed, and (deactivated) their observer sign-ups. */
export interface EndAccessDeps {
  store: Pick<MemberStore, 'endSessionsOf' | 'leaveObserverRosters'> & Pick<Store, 'getFeedPointer' | 'revokeFeed'>;
  clock: Clock;
}

/** Editing a member: the member read and written, and their access ended when it should. */
export type UpdateMemberDeps = EndAccessDeps & { store: Pick<MemberStore, 'getMember' | 'saveMember'> };

/** Inviting a member: the member's write, and the welcome. */
export type InviteMemberDeps = WelcomeDeps & { store: Pick<MemberStore, 'createMember'> };

/** The members' lists: active, and (the overview) inactive. */
export interface MemberListDeps {
  store: Pick<MemberStore, 'listMembers' | 'listInactiveMembers'>;
}
