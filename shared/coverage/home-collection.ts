/**
 * What one read of a member's home collection holds (byScope `MEMBER#<id>`):
 * the base items written with each change (the member, their pledges and
 * actions, their observer sign-ups, the alerts waiting for their answer) and
 * the home projections the table's stream keeps beside them (hearings,
 * posting requests, suggested cases). A projection only says which case to
 * look at: the home applies the visibility rule to each case as it is now.
 */
import type { WaitingAlert } from '../alerts/alert.ts';
import type { Member } from '../domain/member.ts';
import type { ActionRequest } from '../missions/action-request.ts';
import type { MemberAdoptions } from '../pledges/pledge-store.ts';

/** A hearing as the home lists it: the event's details, copied by the stream from the timeline. */
export interface ProjectedHearing {
  caseId: string;
  eventId: string;
  /** YYYY-MM-DDTHH:mm, UTC. */
  at: string;
  timeZone: string;
  title: string;
  court: string;
}

export interface HomeCollection {
  /** The member's own item (their follows); absent on a table whose members were stored before homes read it. */
  member?: Member;
  adoptions: MemberAdoptions;
  /** The alerts waiting for the member's answer, newest first. */
  waiting: WaitingAlert[];
  /** The hearings the member signed up to observe (`<caseId>#<eventId>`), written with the sign-up. */
  roster: Set<string>;
  /** Hearings of the member's roster and, for a diplomat, of their posting's cases, soonest first. */
  hearings: ProjectedHearing[];
  /** A diplomat's posting's open requests, soonest due first. */
  requests: ActionRequest[];
  /** Active cases without an adopter in the member's follows or posting. */
  suggestedCaseIds: string[];
}

export const rosterKey = (caseId: string, eventId: string) => `${caseId}#${eventId}`;
