/**
 * Demo adoption for `npm start`: the two demo MPs adopt some of the seeded
 * cases, one twins, they log actions with evidence, start and co-sign a
 * joint letter, and the coordinator verifies or asks for more. Written
 * through the use cases, so it is validated and audited like real data.
 * Every link points at example.org (fictional).
 */
import { getCase, listCases } from '#shared/cases/read-cases.ts';
import { setPublicActionClearance } from '#shared/case-safety/public-action-clearance.ts';
import type { CoreDeps } from '#shared/deps.ts';
import type { Member, Viewer } from '#shared/domain/member.ts';
import { coSign, createPledge, logAction, verifyAction, type LoggedAction } from '#shared/pledges/index.ts';

const viewerOf = (m: Member): Viewer => ({ kind: 'member', id: m.id, email: m.email, name: m.name, role: m.role });

/** Adds the demo pledges and actions; `members` are the demo members by email (from `seedDemo`). */
export async function seedAdoption(deps: CoreDeps, members: Map<string, Member>): Promise<void> {
  const [coordinator, one, two] = ['coordinator@example.org', 'mp.one@example.org', 'mp.two@example.org'].map((e) => members.get(e));
  if (!coordinator || !one || !two) return;
  const [asCoordinator, asOne, asTwo] = [coordinator, one, two].map(viewerOf) as [Viewer, Viewer, Viewer];

  const { items } = await listCases(deps, asCoordinator, { limit: '100' });
  const caseId = (name: string) => items.find((c) => c.defenderName === name)?.id;
  const daysAgo = (n: number) => new Date(deps.clock.now().getTime() - n * 86_400_000).toISOString().slice(0, 10);
  const log = async (viewer: Viewer, id: string, body: Record<string, unknown>) => {
    const result = await logAction(deps, viewer, id, body);
    return result.replayed ? (result.response.body as LoggedAction) : result.action;
  };

  const julian = caseId('Julián Mora');
  if (julian) {
    // A network case: the coordinator cleared public letters with Julián's union before the MPs wrote them.
    const { version } = await getCase(deps, asCoordinator, julian);
    await setPublicActionClearance(deps, asCoordinator, julian, `"${version}"`, {
      cleared: true, basis: 'explicit_consent', note: 'Julián agreed, through his union, to public letters calling for his release.',
    });
    await createPledge(deps, asOne, julian, { actions: ['prison_visit', 'letter_authorities', 'joint_letter'], twin: true, note: 'Twinned since the strike.' });
    await createPledge(deps, asTwo, julian, { actions: ['trial_observation', 'joint_letter'] });
    await log(asOne, julian, {
      type: 'letter_authorities', date: daysAgo(12), public: true,
      description: 'Letter to the Attorney General asking for the charges basis and access to a lawyer.',
      evidenceUrl: 'https://parliament.example.org/letters/2026/attorney-general-mora',
    });
    const letter = await log(asOne, julian, {
      type: 'joint_letter', date: daysAgo(3), public: true,
      description: 'Joint letter of European MPs to the Colombian ambassador calling for release.',
    });
    await coSign(deps, asTwo, julian, letter.id);
  }

  const rosa = caseId('Rosa Ixchel');
  if (rosa) {
    await createPledge(deps, asOne, rosa, { actions: ['trial_observation', 'public_statement'] });
    const statement = await log(asOne, rosa, {
      type: 'public_statement', date: daysAgo(8), public: true,
      description: 'Statement in plenary on the trial of Rosa Ixchel.',
      evidenceUrl: 'https://parliament.example.org/records/plenary-statement-ixchel',
    });
    await verifyAction(deps, asCoordinator, rosa, statement.id, '"1"', { state: 'verified' });
  }

  const wanjiru = caseId('Wanjiru Kamau');
  if (wanjiru) {
    await createPledge(deps, asTwo, wanjiru, { actions: ['parliamentary_question', 'letter_defender'] });
    const question = await log(asTwo, wanjiru, {
      type: 'parliamentary_question', date: daysAgo(5), public: true,
      description: 'Written question to the foreign minister on the charges.',
    });
    await verifyAction(deps, asCoordinator, wanjiru, question.id, '"1"', { state: 'needs_more_info', note: 'Please add the link to the published question.' });
  }

  const aliaksei = caseId('Aliaksei Nowak');
  if (aliaksei) await createPledge(deps, asTwo, aliaksei, { actions: ['prison_visit'] });
}
