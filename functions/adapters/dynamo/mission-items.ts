/**
 * Keys and items for action requests, mission actions, coverage markers,
 * hearing observers and calendar feeds. Children of a case share its
 * partition (one Query reads the whole case); the indexes serve:
 * - byScope `COUNTRY#<cc>` / `REQUEST#OPEN#<due>#<id>`: open requests for a
 *   posting, by due date (`REQUEST#CLOSED#…` once answered, so the open list
 *   is one begins_with Query);
 * - byKind `HEARINGS` / `<date…>#<caseId>#…`: the calendar. Hearings are there
 *   already (`<hearingAt>#<caseId>#<eventId>`); each observer sorts right
 *   after its hearing and each request on its due date, so a window of the
 *   calendar is one range Query.
 */
import type { FeedOwner, FeedPointer, ObserverSignup } from '#shared/calendar/calendar.ts';
import { isOpen, type ActionRequest } from '#shared/missions/action-request-model.ts';
import type { MissionAction } from '#shared/missions/mission-action.ts';

const casePk = (caseId: string) => `CASE#${caseId}`;

export const missionKeys = {
  request: (caseId: string, id: string) => ({ pk: casePk(caseId), sk: `REQUEST#${id}` }),
  missionAction: (caseId: string, date: string, id: string) => ({ pk: casePk(caseId), sk: `MISSION_ACTION#${date}#${id}` }),
  coverage: (caseId: string, code: string) => ({ pk: casePk(caseId), sk: `COVERED#${code}` }),
  observer: (caseId: string, eventId: string, memberId: string) => ({ pk: casePk(caseId), sk: `OBSERVER#${eventId}#${memberId}` }),
  /** Only the token's SHA-256 is ever stored. */
  feed: (tokenHash: string) => ({ pk: `FEED#${tokenHash}`, sk: 'FEED' }),
  /** On the member, so their current feed can be found, rotated or revoked. */
  feedPointer: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'FEED' }),
};

/** The calendar partition of the byKind index (shared with hearing events). */
export const CALENDAR_KIND = 'HEARINGS';

export function requestItem(r: ActionRequest): Record<string, unknown> {
  return {
    ...missionKeys.request(r.caseId, r.id),
    itemType: 'request',
    gsi1pk: `COUNTRY#${r.country}`,
    gsi1sk: `REQUEST#${isOpen(r) ? 'OPEN' : 'CLOSED'}#${r.dueDate}#${r.id}`,
    gsi2pk: CALENDAR_KIND,
    gsi2sk: `${r.dueDate}#${r.caseId}#REQUEST#${r.id}`,
    ...r,
  };
}

/**
 * The transaction item that records "action `code` was logged on this case"
 * for the gap view: an upsert, so it needs no read. Written with every
 * mission action; MPs' logged actions can write `mp:<type>` the same way.
 */
export function coverageUpdate(table: string, caseId: string, code: string, at: string): Record<string, unknown> {
  return {
    Update: {
      TableName: table,
      Key: missionKeys.coverage(caseId, code),
      UpdateExpression:
        'SET #type = :type, #caseId = :caseId, #code = :code, #first = if_not_exists(#first, :at), #last = :at ADD #count :one',
      ExpressionAttributeNames: {
        '#type': 'itemType', '#caseId': 'caseId', '#code': 'code', '#first': 'firstLoggedAt', '#last': 'lastLoggedAt', '#count': 'count',
      },
      ExpressionAttributeValues: { ':type': 'coverage', ':caseId': caseId, ':code': code, ':at': at, ':one': 1 },
    },
  };
}

export function missionActionItem(a: MissionAction): Record<string, unknown> {
  return { ...missionKeys.missionAction(a.caseId, a.date, a.id), itemType: 'mission_action', ...a };
}

/**
 * An observer sign-up beside its hearing in the calendar, and under its member in byScope
 * (`MEMBER#<id>` / `OBSERVER#<caseId>#<eventId>`, beside the MP's pledges): one Query then
 * names every case a member took part in, which a digest preview needs.
 */
export function observerItem(o: ObserverSignup): Record<string, unknown> {
  return {
    ...missionKeys.observer(o.caseId, o.eventId, o.memberId),
    itemType: 'observer',
    gsi1pk: `MEMBER#${o.memberId}`,
    gsi1sk: `OBSERVER#${o.caseId}#${o.eventId}`,
    gsi2pk: CALENDAR_KIND,
    gsi2sk: `${o.hearingAt}#${o.caseId}#${o.eventId}#OBSERVER#${o.memberId}`,
    ...o,
  };
}

export function feedItem(owner: FeedOwner): Record<string, unknown> {
  return { ...missionKeys.feed(owner.tokenHash), itemType: 'feed', ...owner };
}

export function feedPointerItem(p: FeedPointer): Record<string, unknown> {
  return { ...missionKeys.feedPointer(p.memberId), itemType: 'feed_pointer', ...p };
}
