/**
 * The demo network's diplomatic side, written through the use cases (so it
 * is validated and audited) relative to the real clock: a Colombian case on
 * trial, hearings in the coming weeks, open requests to the missions in
 * Colombia (one overdue), mission actions, and an observer. What remains is
 * the demo's gap view: cases detained, on trial, threatened or disappeared
 * with no matching action yet. Every name here is invented.
 */
import { randomUUID } from 'node:crypto';
import { addDays, dayOf } from '#shared/calendar/calendar.ts';
import { signUpToObserve } from '#shared/calendar/observers.ts';
import { createCase } from '#shared/cases/create-case.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { MemberViewer } from '#shared/access/roles.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { localToUtc } from '#shared/domain/zoned-time.ts';
import type { CoreDeps } from '#shared/deps.ts';
import { createActionRequest } from '#shared/missions/create-request.ts';
import { logMissionAction } from '#shared/missions/log-action.ts';

const DAY = 86_400_000;

const viewerOf = (m: Member): MemberViewer => ({
  kind: 'member', id: m.id, email: m.email, name: m.name, role: m.role,
  ...(m.country ? { country: m.country } : {}), ...(m.mission ? { mission: m.mission } : {}),
});

/** The same deps, as of `days` days from now (to seed history the use cases would refuse today). */
const asOf = (deps: CoreDeps, days: number): CoreDeps => ({ ...deps, clock: { now: () => new Date(deps.clock.now().getTime() + days * DAY) } });

/**
 * Adds a hearing to a case's timeline through the store (the timeline's own
 * use case comes with the case pages): the event, the case's new version and
 * the audit line in one transaction.
 */
export async function addHearing(
  deps: CoreDeps,
  actorId: string,
  caseId: string,
  hearing: { hearingAt: string; court: string; title: string; timeZone?: string },
): Promise<TimelineEvent> {
  const current = await deps.store.getCase(caseId);
  if (!current) throw new Error('addHearing: no such case');
  const at = deps.clock.now().toISOString();
  const event: TimelineEvent = {
    id: randomUUID(), caseId, type: 'hearing', date: hearing.hearingAt.slice(0, 10), title: hearing.title,
    court: hearing.court, hearingAt: hearing.hearingAt, ...(hearing.timeZone ? { timeZone: hearing.timeZone } : {}), createdAt: at, createdBy: actorId,
  };
  await deps.store.saveCase({
    case: { ...current, updatedAt: at, updatedBy: actorId, version: current.version + 1 },
    expectedVersion: current.version,
    audit: { id: randomUUID(), at, actorId, action: 'case.event_added', caseId, fields: ['events'] },
    event,
  });
  return event;
}

/** Writes the demo requests, actions, hearings and roster. `members` by email, as seedDemo returns them. */
export async function seedMissions(deps: CoreDeps, members: Map<string, Member>): Promise<void> {
  const coordinator = viewerOf(members.get('coordinator@example.org')!);
  const diplomat = viewerOf(members.get('diplomat@example.org')!);
  const mp = viewerOf(members.get('mp.one@example.org')!);

  const created = await createCase(deps, coordinator, {
    defenderName: 'Camilo Ortega Ruiz', country: 'CO', themes: ['lawyers', 'land_environment'], organisation: 'Invented Legal Aid Collective',
    riskStatus: 'on_trial', visibility: 'network', consentBasis: 'explicit_consent',
    summary: 'Lawyer for displaced farming families, prosecuted for "obstruction" after a land-restitution hearing.',
    recommendedActions: ['Trial observation'],
  });
  const camilo = (created.replayed ? created.response.body : created.case) as DefenderCase;
  const page = await deps.store.listCases({ audience: { levels: ['public', 'network', 'restricted'] }, states: ['active', 'dormant', 'closed'] }, 100);
  const byName = new Map(page.items.map((c) => [c.defenderName, c.id]));
  const id = (name: string) => byName.get(name)!;

  const today = dayOf(deps.clock.now());
  // Courts sit at local times: each hearing is typed in its court's zone and stored in UTC.
  const hearingOn = (days: number, time: string, timeZone: string) =>
    ({ hearingAt: localToUtc(`${addDays(today, days)}T${time}`, timeZone)!, timeZone });
  await addHearing(deps, coordinator.id, camilo.id, { ...hearingOn(10, '09:00', 'America/Bogota'), court: 'Juzgado Penal del Circuito, Bogotá', title: 'Trial: first hearing' });
  const rosa = await addHearing(deps, coordinator.id, id('Rosa Ixchel'), { ...hearingOn(20, '09:00', 'America/Guatemala'), court: 'Tribunal de Sentencia Penal, Ciudad de Guatemala', title: 'Trial: witnesses' });
  await addHearing(deps, coordinator.id, id('Lawyer M. (pseudonym)'), { ...hearingOn(33, '10:30', 'Europe/Istanbul'), court: 'Heavy Penal Court, Istanbul', title: 'Trial: closing arguments' });
  await signUpToObserve(deps, mp, rosa.caseId, rosa.id);

  await createActionRequest(deps, coordinator, camilo.id, {
    actionType: 'trial_observation', dueDate: addDays(today, 10),
    note: 'The defence asks for international presence at the first hearing.',
  });
  await createActionRequest(deps, coordinator, id('Julián Mora'), {
    actionType: 'detention_visit', dueDate: addDays(today, 7), note: 'Held without charge; family has had no access.',
  });
  // Raised 12 days ago, due 5 days ago: the overdue one.
  await createActionRequest(asOf(deps, -12), coordinator, id('Ana Lucía Restrepo'), {
    actionType: 'visible_recognition', dueDate: addDays(today, -5), note: 'Invite her to the Human Rights Day reception.',
  });

  await logMissionAction(deps, diplomat, id('Ana Lucía Restrepo'), {
    actionType: 'meeting_hrds', mission: diplomat.mission ?? 'EU Delegation to Colombia',
    date: addDays(today, -9), outcome: 'Met her at the community centre; she asked for a follow-up visit.', confidential: false,
  });
  await logMissionAction(deps, diplomat, id('Julián Mora'), {
    actionType: 'hom_reporting', mission: 'EU Delegation to Colombia', date: addDays(today, -3),
    outcome: 'Included in the quarterly Heads of Mission report.', confidential: true,
  });
}
