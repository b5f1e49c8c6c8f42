/**
 * Pieces of a member's home collection (`HomeCollection`, shared/ports/store.ts):
 * the hearings the table's stream projects there, and how the roster names one.
 * A projection only says which case to look at: the home applies the
 * visibility rule to each case as it is now.
 */
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

/** How the collection names a hearing on the member's roster. */
export const rosterKey = (caseId: string, eventId: string) => `${caseId}#${eventId}`;
