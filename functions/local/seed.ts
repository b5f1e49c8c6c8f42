/**
 * The fictional demo network, written through the same use cases as real
 * data (so it is audited and validated). Every name, organisation and event
 * here is invented.
 */
import { randomUUID } from 'node:crypto';
import { createCase } from '#shared/cases/create-case.ts';
import type { CreateCaseInput } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { CoreDeps } from '#shared/deps.ts';
import { seedTimeline } from './seed-timeline.ts';
import { seedAdoption } from './seed-pledges.ts';
import { seedMissions } from './seed-missions.ts';
import { seedDigest } from './seed-digest.ts';

type DemoMember = Omit<Member, 'id' | 'createdAt' | 'version'>;

export const DEMO_MEMBERS: DemoMember[] = [
  { email: 'coordinator@example.org', name: 'Clara Coordinator', role: 'coordinator' },
  { email: 'mp.one@example.org', name: 'Maren Olsen MP', role: 'mp', parliament: 'Storting', country: 'NO', party: 'Independent' },
  { email: 'mp.two@example.org', name: 'Tomás Duarte MP', role: 'mp', parliament: 'Assembleia da República', country: 'PT', party: 'Independent' },
  { email: 'diplomat@example.org', name: 'Dana Diplomat', role: 'diplomat', mission: 'EU Delegation to Colombia', country: 'CO' },
];

type DemoCase = Omit<CreateCaseInput, 'consentBasis'>;

export const DEMO_CASES: DemoCase[] = [
  { defenderName: 'Ana Lucía Restrepo', country: 'CO', themes: ['land_environment', 'indigenous_peoples'], organisation: 'Fictional Land Watch', riskStatus: 'threatened', visibility: 'public', summary: 'Community leader defending collective land titles; received death threats after a public hearing on a mining concession.', recommendedActions: ['Public statement of support', 'Meeting with the ambassador'] },
  { defenderName: 'Julián Mora', country: 'CO', themes: ['labour'], organisation: 'Invented Workers Union', riskStatus: 'detained', visibility: 'network', summary: 'Union organiser detained after a strike at a palm-oil plantation; held without charge.', recommendedActions: ['Prison visit', 'Letter to the Attorney General'] },
  { defenderName: 'Defender K. (pseudonym)', country: 'CO', themes: ['women_hrds'], riskStatus: 'attacked', visibility: 'restricted', summary: 'Woman human rights defender attacked at home; the defender asked for low-profile advocacy only.', recommendedActions: [] },
  { defenderName: 'Wanjiru Kamau', country: 'KE', themes: ['land_environment'], organisation: 'Invented Forest Guardians', riskStatus: 'charged', visibility: 'public', summary: 'Environmental defender charged with "incitement" after opposing a logging permit.', recommendedActions: ['Trial observation', 'Parliamentary question'] },
  { defenderName: 'Omar Haddad', country: 'EG', themes: ['journalism'], riskStatus: 'sentenced', visibility: 'network', summary: 'Journalist sentenced to five years for reporting on detention conditions.', recommendedActions: ['Letter to the authorities', 'Raise in a committee hearing'] },
  { defenderName: 'Rosa Ixchel', country: 'GT', themes: ['indigenous_peoples', 'land_environment'], riskStatus: 'on_trial', visibility: 'public', summary: 'Indigenous water defender on trial for "usurpation" of land her community has farmed for generations.', recommendedActions: ['Trial observation'] },
  { defenderName: 'Lawyer M. (pseudonym)', country: 'TR', themes: ['lawyers'], riskStatus: 'on_trial', visibility: 'restricted', summary: 'Defence lawyer prosecuted for representing detained journalists.', recommendedActions: [] },
  { defenderName: 'Sokha Chan', country: 'KH', themes: ['labour', 'women_hrds'], riskStatus: 'released', visibility: 'public', summary: 'Garment-worker organiser released on bail after six months in pre-trial detention.', recommendedActions: ['Thank-you letter', 'Consider moving the case to dormant'] },
  { defenderName: 'Aliaksei Nowak', country: 'BY', themes: ['democracy_elections'], riskStatus: 'detained', visibility: 'network', summary: 'Election observer detained after publishing a report on the count.', recommendedActions: ['Prison visit', 'Trial observation'] },
  { defenderName: 'Grace Nakato', country: 'UG', themes: ['lgbti_rights'], riskStatus: 'relocated', visibility: 'restricted', summary: 'LGBTI rights activist relocated after an outing campaign in the press.', recommendedActions: [] },
  { defenderName: 'Maria dos Santos', country: 'BR', themes: ['land_environment', 'indigenous_peoples'], riskStatus: 'threatened', visibility: 'public', summary: 'Quilombola leader threatened by armed men after reporting illegal deforestation.', recommendedActions: ['Public statement', 'Letter to the state governor'] },
  { defenderName: 'Tran Van Minh', country: 'VN', themes: ['journalism', 'anti_corruption'], riskStatus: 'disappeared', visibility: 'network', summary: 'Blogger missing since being taken by plain-clothes officers; family has no information.', recommendedActions: ['Urgent letter to the authorities', 'Raise with the ambassador'] },
  { defenderName: 'Leyla Aliyeva', country: 'AZ', themes: ['journalism'], riskStatus: 'acquitted', visibility: 'public', summary: 'Investigative journalist acquitted on appeal; still under travel ban.', recommendedActions: ['Letter to the defender'], state: 'dormant' },
  { defenderName: 'José Eduardo Paz', country: 'HN', themes: ['land_environment'], riskStatus: 'killed', visibility: 'public', summary: 'River defender killed in an ambush; the network calls for an independent investigation.', recommendedActions: ['Public statement', 'Call for an investigation'] },
];

/** Writes the demo network. Returns the members created, by email. */
export async function seedDemo(deps: CoreDeps): Promise<Map<string, Member>> {
  const members = new Map<string, Member>();
  for (const demo of DEMO_MEMBERS) {
    const member: Member = { id: randomUUID(), createdAt: deps.clock.now().toISOString(), version: 1, ...demo };
    await deps.store.createMember(member, {
      id: randomUUID(), at: member.createdAt, actorId: 'seed', action: 'member.created', memberId: member.id,
    });
    members.set(member.email, member);
  }
  const coordinator = members.get('coordinator@example.org')!;
  const viewer = { kind: 'member' as const, id: coordinator.id, email: coordinator.email, name: coordinator.name, role: coordinator.role };
  // Fictional defenders: the demo records their consent as explicit.
  const cases = [];
  for (const demo of DEMO_CASES) {
    const result = await createCase(deps, viewer, { ...demo, consentBasis: 'explicit_consent' });
    if (!result.replayed) cases.push(result.case);
  }
  await seedTimeline(deps, viewer, cases);
  await seedAdoption(deps, members);
  await seedMissions(deps, members);
  await seedDigest(deps, viewer, members, cases);
  return members;
}
