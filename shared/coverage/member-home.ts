/**
 * What an MP's and a diplomat's home pages show, in two reads after the
 * session: one Query of the member's collection (their own item, pledges,
 * waiting alerts, observer sign-ups, and the hearings, requests and suggested
 * cases the table's stream projects there: functions/adapters/dynamo/
 * home-projector.ts), then one BatchGet of every case it names, as the case
 * is now. A projection only says where to look: each row is shown only if
 * its case passes the visibility rule now (`canSeeCase`, not closed), with
 * the checks the pages it summarises apply ("My cases", the answer page, the
 * calendar, the request list, the case list). Only MPs and diplomats have
 * these homes, each their own.
 */
import { requireRole, type MemberViewer } from '../access/roles.ts';
import { canSeeCase } from '../access/visibility.ts';
import { visibleAdoption, type MyAdoption } from '../pledges/index.ts';
import { addDays, CALENDAR_WEEKS, dayOf } from '../calendar/index.ts';
import { rosterKey, type ProjectedHearing } from './home-collection.ts';
import type { HomeCollection, MemberHomeStore } from '../ports/store.ts';
import type { Clock } from '../ports/clock.ts';
import type { Viewer } from '../domain/member.ts';
import { canSeeRequest, isOpen, requestView, type RequestListItem } from '../missions/index.ts';
import { memberPreferencesOf } from '../digests/index.ts';
import { visibleWaitingAlerts, type WaitingAlertView } from '../alerts/index.ts';
import type { DefenderCase } from '../domain/case.ts';

/** What a home uses: the member's collection and the cases it names, as they are now; today's date. */
export interface HomeDeps {
  store: Pick<MemberHomeStore, 'homeCollection' | 'casesNow'>;
  clock: Clock;
}

/** Rows a home lists at most in each part; the full lists are one link away. */
export const HOME_ROWS = 10;
/** Open requests a diplomat's home lists, as the request list's first page. */
const HOME_REQUESTS = 50;
/** Cases one BatchGet reads. */
const CASES_PER_READ = 100;
/** Waiting alerts whose cases are read: twice the rows, since some may be on cases the member may no longer see. */
const WAITING_READ = 2 * HOME_ROWS;

/** A hearing as a home lists it. */
export type HomeHearing = ProjectedHearing & Pick<DefenderCase, 'defenderName' | 'country'>;

export interface MpHome {
  /** Urgent alerts the MP has not answered, newest first, on cases they may still see. */
  waitingAlerts: WaitingAlertView[];
  adoptions: MyAdoption[];
  hearings: HomeHearing[];
  /** The countries and themes the MP follows (empty: the part asks them to choose). */
  follows: { countries: string[]; themes: string[] };
  unadopted: DefenderCase[];
}

export interface DiplomatHome {
  country?: string;
  /** Urgent alerts the diplomat has not answered, newest first, on cases they may still see. */
  waitingAlerts: WaitingAlertView[];
  requests: RequestListItem[];
  hearings: HomeHearing[];
  /** Active cases in the posting that the diplomat may see and no MP has adopted. */
  unadopted: DefenderCase[];
}

/** The cases a home names, read in one BatchGet: the first parts first, up to 100 cases. */
async function casesNow(deps: HomeDeps, ...parts: string[][]): Promise<Map<string, DefenderCase>> {
  const ids = [...new Set(parts.flat())].slice(0, CASES_PER_READ);
  return new Map((ids.length ? await deps.store.casesNow(ids) : []).map((c) => [c.id, c]));
}

/** The case, if the member may see it now and it is not closed. */
const seenNow = (viewer: MemberViewer, cases: Map<string, DefenderCase>, id: string) => {
  const c = cases.get(id);
  return c && c.state !== 'closed' && canSeeCase(viewer, c) ? c : undefined;
};

/** The calendar page's window: from today (UTC) for its weeks. */
function inCalendarWindow(deps: HomeDeps) {
  const from = dayOf(deps.clock.now());
  const to = addDays(from, CALENDAR_WEEKS * 7 - 1);
  return (h: ProjectedHearing) => h.at.slice(0, 10) >= from && h.at.slice(0, 10) <= to;
}

function hearingsSeen(viewer: MemberViewer, cases: Map<string, DefenderCase>, hearings: ProjectedHearing[], keep: (c: DefenderCase) => boolean): HomeHearing[] {
  return hearings.flatMap((h) => {
    const c = seenNow(viewer, cases, h.caseId);
    return c && keep(c) ? [{ ...h, defenderName: c.defenderName, country: c.country }] : [];
  });
}

/** Active cases without an adopter, as the case list orders them (last changed first). */
function unadoptedSeen(viewer: MemberViewer, cases: Map<string, DefenderCase>, home: HomeCollection, keep: (c: DefenderCase) => boolean): DefenderCase[] {
  return home.suggestedCaseIds
    .flatMap((id) => seenNow(viewer, cases, id) ?? [])
    .filter((c) => c.state === 'active' && c.adopterCount === 0 && keep(c))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))
    .slice(0, HOME_ROWS);
}

const waitingIds = (home: HomeCollection) => home.waiting.slice(0, WAITING_READ).map((w) => w.caseId);

/** The signed-in MP's home (403 for anyone else). */
export async function loadMpHome(deps: HomeDeps, viewer: Viewer): Promise<MpHome> {
  const mp = requireRole(viewer, 'mp');
  const home = await deps.store.homeCollection(mp.id);
  const { countries, themes } = home.member ? memberPreferencesOf(home.member) : { countries: [] as string[], themes: [] as string[] };
  const inWindow = inCalendarWindow(deps);
  const roster = home.hearings.filter((h) => home.roster.has(rosterKey(h.caseId, h.eventId)) && inWindow(h));
  const read = home.adoptions;
  const cases = await casesNow(deps, waitingIds(home), read.pledges.map((p) => p.caseId), roster.map((h) => h.caseId), home.suggestedCaseIds);
  const followed = (c: DefenderCase) => countries.includes(c.country) || c.themes.some((theme) => themes.includes(theme));
  return {
    waitingAlerts: visibleWaitingAlerts(mp, home.waiting, cases, deps.clock.now()).slice(0, HOME_ROWS),
    adoptions: read.pledges.flatMap((p) => visibleAdoption(mp, read, p.caseId, cases.get(p.caseId)) ?? []),
    hearings: hearingsSeen(mp, cases, roster, () => true),
    follows: { countries, themes },
    unadopted: unadoptedSeen(mp, cases, home, followed),
  };
}

/** The signed-in diplomat's home (403 for anyone else). */
export async function loadDiplomatHome(deps: HomeDeps, viewer: Viewer): Promise<DiplomatHome> {
  const diplomat = requireRole(viewer, 'diplomat');
  const home = await deps.store.homeCollection(diplomat.id);
  const country = diplomat.country;
  const inPosting = (c: DefenderCase) => c.country === country;
  const inWindow = inCalendarWindow(deps);
  const open = home.requests.filter((r) => isOpen(r) && r.country === country);
  const hearings = home.hearings.filter(inWindow);
  const cases = await casesNow(
    deps, waitingIds(home), ...(country ? [open.map((r) => r.caseId), hearings.map((h) => h.caseId), home.suggestedCaseIds] : []),
  );
  const waitingAlerts = visibleWaitingAlerts(diplomat, home.waiting, cases, deps.clock.now()).slice(0, HOME_ROWS);
  if (!country) return { waitingAlerts, requests: [], hearings: [], unadopted: [] };
  const today = dayOf(deps.clock.now());
  const requests = open.flatMap((r): RequestListItem[] => {
    const c = seenNow(diplomat, cases, r.caseId);
    if (!c || !canSeeRequest(diplomat, r, c)) return [];
    return [{ ...requestView(diplomat, r, today), case: { id: c.id, defenderName: c.defenderName, country: c.country, riskStatuses: c.riskStatuses } }];
  });
  return {
    country,
    waitingAlerts,
    requests: requests.slice(0, HOME_REQUESTS),
    hearings: hearingsSeen(diplomat, cases, hearings, inPosting),
    unadopted: unadoptedSeen(diplomat, cases, home, (c) => c.state === 'active' && inPosting(c)),
  };
}
