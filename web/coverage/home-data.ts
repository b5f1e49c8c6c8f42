/**
 * What an MP's and a diplomat's home pages show, composed from the use cases
 * their own pages call, so the visibility rule is the one those pages apply:
 * every case comes through `canSeeCase` (my cases, the calendar, the request
 * list, the case list), and a case the member may not see is never named.
 * The reads run in parallel; test/support/route-budget.ts documents their count.
 * An MP's pledges and waiting alerts come from one Query of their byScope
 * collection and one BatchGet of the cases with the member's own item (their
 * follows), checked with the functions "My cases" and the answer page use.
 */
import type { MemberViewer } from '#shared/access/roles.ts';
import { visibleAdoption, type MyAdoption } from '#shared/pledges/index.ts';
import { readCalendar, type HearingEntry } from '#shared/calendar/read-calendar.ts';
import { listActionRequests, type RequestListItem } from '#shared/missions/list-requests.ts';
import { listCases } from '#shared/cases/read-cases.ts';
import { memberPreferencesOf } from '#shared/digests/index.ts';
import { listWaitingAlerts, visibleWaitingAlerts, type WaitingAlertView } from '#shared/alerts/index.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { CoreDeps } from '#shared/deps.ts';

/** Rows a home lists at most in each part; the full lists are one link away. */
export const HOME_ROWS = 10;

export interface MpHome {
  /** Urgent alerts the MP has not answered, newest first, on cases they may still see. */
  waitingAlerts: WaitingAlertView[];
  adoptions: MyAdoption[];
  hearings: HearingEntry[];
  /** The countries and themes the MP follows (empty: the part asks them to choose). */
  follows: { countries: string[]; themes: string[] };
  unadopted: DefenderCase[];
}

export interface DiplomatHome {
  country?: string;
  /** Urgent alerts the diplomat has not answered, newest first, on cases they may still see. */
  waitingAlerts: WaitingAlertView[];
  requests: RequestListItem[];
  hearings: HearingEntry[];
  /** Active cases in the posting that the diplomat may see and no MP has adopted. */
  unadopted: DefenderCase[];
}

const unadoptedActive = (cases: DefenderCase[]) => cases.filter((c) => c.state === 'active' && c.adopterCount === 0);

export async function loadMpHome(deps: CoreDeps, mp: MemberViewer): Promise<MpHome> {
  const [collection, calendar, noAdopter] = await Promise.all([
    deps.store.memberCollection(mp.id),
    readCalendar(deps, mp, {}),
    listCases(deps, mp, { noAdopter: 'true', limit: '100' }),
  ]);
  const { adoptions: read, waiting } = collection;
  // One read for the cases of the alerts (newest first) and of the pledges, and the member's follows with them;
  // each case is then checked as "My cases" and the answer page check it.
  const caseIds = [...new Set([...waiting.map((w) => w.caseId), ...read.pledges.map((p) => p.caseId)])];
  const { cases, member } = await deps.store.casesAndMember(caseIds, mp.id);
  const byId = new Map(cases.map((c) => [c.id, c]));
  const { countries, themes } = member ? memberPreferencesOf(member) : { countries: [] as string[], themes: [] as string[] };
  const followed = (c: DefenderCase) => countries.includes(c.country) || c.themes.some((theme) => themes.includes(theme));
  return {
    waitingAlerts: visibleWaitingAlerts(mp, waiting, byId, deps.clock.now()).slice(0, HOME_ROWS),
    adoptions: read.pledges.flatMap((p) => visibleAdoption(mp, read, p.caseId, byId.get(p.caseId)) ?? []),
    hearings: calendar.entries.filter((e): e is HearingEntry => e.kind === 'hearing' && e.observers.some((o) => o.you)),
    follows: { countries, themes },
    unadopted: unadoptedActive(noAdopter.items).filter(followed).slice(0, HOME_ROWS),
  };
}

export async function loadDiplomatHome(deps: CoreDeps, diplomat: MemberViewer): Promise<DiplomatHome> {
  const country = diplomat.country;
  if (!country) return { waitingAlerts: (await listWaitingAlerts(deps, diplomat)).slice(0, HOME_ROWS), requests: [], hearings: [], unadopted: [] };
  const [waitingAlerts, requests, calendar, cases] = await Promise.all([
    listWaitingAlerts(deps, diplomat),
    listActionRequests(deps, diplomat, { status: 'open' }),
    readCalendar(deps, diplomat, {}),
    listCases(deps, diplomat, { country, noAdopter: 'true', limit: '100' }),
  ]);
  return {
    country,
    waitingAlerts: waitingAlerts.slice(0, HOME_ROWS),
    requests: [...requests.items].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    hearings: calendar.entries.filter((e): e is HearingEntry => e.kind === 'hearing' && e.country === country),
    unadopted: unadoptedActive(cases.items).slice(0, HOME_ROWS),
  };
}
