/**
 * The home projections: items the table's stream keeps in each member's
 * byScope collection (`MEMBER#<id>`), so a home is one Query of it and one
 * BatchGet of the cases it names (docs/architecture.md, Member homes).
 *
 * All the projections of one case sit in one partition, `HOME#CASE#<caseId>`
 * (sort key `MEMBER#<id>#<kind>…`), so the projector can read what a case
 * projects, compare it with what it should project, and write the
 * difference. The partition does not start with `CASE#`: the case's own
 * Query never reads it, and no stream consumer reacts to its writes.
 *
 * What a case projects, and to whom:
 * - `home_suggestion`: an active case without an adopter, to the members who
 *   follow its country or one of its themes and the diplomats posted there;
 * - `home_hearing`: a hearing (within two days past or later), to its
 *   observers and the diplomats posted in the case's country;
 * - `home_request`: an open request, to the diplomats posted in its country.
 * A restricted case projects only to the members it names, and a closed one
 * to nobody; the home still checks every case as it is when it is read.
 */
import type { DefenderCase } from '#shared/domain/case-model.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { ObserverSignup } from '#shared/calendar/calendar.ts';
import { isOpen, type ActionRequest } from '#shared/missions/action-request-model.ts';

/** The byScope sort key prefix of every home projection, beside the member's pledges (`PLEDGE#`) and alerts (`ALERT#`). */
export const HOME_SCOPE_PREFIX = 'HOME#';
export const HOME_ITEM_TYPE = { suggestion: 'home_suggestion', hearing: 'home_hearing', request: 'home_request' } as const;

/** A hearing stays projected this long after it started (the home shows today's, in the court's zone), then expires. */
const HEARING_KEPT_MS = 2 * 86_400_000;

export const homeKeys = {
  casePartition: (caseId: string) => `HOME#CASE#${caseId}`,
};

export interface CaseProjectionInput {
  /** The case item as it is now; absent when it is gone. */
  case?: DefenderCase;
  events: readonly TimelineEvent[];
  observers: readonly ObserverSignup[];
  requests: readonly ActionRequest[];
  /** The diplomats posted in each country the case or its requests name. */
  postedIn: ReadonlyMap<string, readonly string[]>;
  /** The members who follow the case's country or one of its themes. */
  followers: readonly string[];
  now: Date;
}

type Item = Record<string, unknown>;

const hearingTime = (at: string) => Date.parse(`${at}:00Z`);

/** Every projection item the case should have now. */
export function desiredHomeItems(input: CaseProjectionInput): Item[] {
  const c = input.case;
  if (!c || c.state === 'closed') return [];
  const pk = homeKeys.casePartition(c.id);
  // Defence in depth: a restricted case is projected only to the members it names (the home checks again).
  const mayHold = (memberId: string) => c.visibility !== 'restricted' || c.namedMemberIds.includes(memberId);
  const holders = (...groups: (readonly string[])[]) => [...new Set(groups.flat())].filter(mayHold).sort();
  const posted = (country: string) => input.postedIn.get(country) ?? [];
  const items: Item[] = [];

  if (c.state === 'active' && c.adopterCount === 0) {
    for (const memberId of holders(input.followers, posted(c.country))) {
      items.push({
        pk, sk: `MEMBER#${memberId}#SUGGEST`, gsi1pk: `MEMBER#${memberId}`, gsi1sk: `${HOME_SCOPE_PREFIX}SUGGEST#${c.id}`,
        itemType: HOME_ITEM_TYPE.suggestion, memberId, caseId: c.id,
      });
    }
  }

  const since = input.now.getTime() - HEARING_KEPT_MS;
  for (const e of input.events) {
    if (e.type !== 'hearing' || !e.hearingAt || hearingTime(e.hearingAt) < since) continue;
    const observers = input.observers.filter((o) => o.eventId === e.id).map((o) => o.memberId);
    for (const memberId of holders(observers, posted(c.country))) {
      items.push({
        pk, sk: `MEMBER#${memberId}#HEARING#${e.id}`, gsi1pk: `MEMBER#${memberId}`, gsi1sk: `${HOME_SCOPE_PREFIX}HEARING#${e.hearingAt}#${c.id}#${e.id}`,
        itemType: HOME_ITEM_TYPE.hearing, memberId, caseId: c.id, eventId: e.id, at: e.hearingAt, timeZone: e.timeZone ?? 'UTC', title: e.title, court: e.court ?? '',
        expiresAt: Math.floor((hearingTime(e.hearingAt) + HEARING_KEPT_MS) / 1000),
      });
    }
  }

  for (const r of input.requests) {
    if (!isOpen(r)) continue;
    for (const memberId of holders(posted(r.country))) {
      items.push({
        pk, sk: `MEMBER#${memberId}#REQUEST#${r.id}`, gsi1pk: `MEMBER#${memberId}`, gsi1sk: `${HOME_SCOPE_PREFIX}REQUEST#${r.dueDate}#${r.id}`,
        itemType: HOME_ITEM_TYPE.request, memberId, caseId: c.id, request: r,
      });
    }
  }
  return items;
}

export interface HomeItemChanges {
  puts: Item[];
  deletes: { pk: string; sk: string }[];
}

/** The writes that turn `existing` into `desired`: a put per new or changed item, a delete per item no longer wanted. */
export function homeItemChanges(existing: readonly Item[], desired: readonly Item[]): HomeItemChanges {
  const had = new Map(existing.map((i) => [String(i.sk), i]));
  const wanted = new Set(desired.map((i) => String(i.sk)));
  return {
    puts: desired.filter((i) => {
      const before = had.get(String(i.sk));
      return !before || canonical(before) !== canonical(i);
    }),
    deletes: existing.filter((i) => !wanted.has(String(i.sk))).map((i) => ({ pk: String(i.pk), sk: String(i.sk) })),
  };
}

/** JSON with sorted keys at every level: items read back from DynamoDB come in any attribute order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Item)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
