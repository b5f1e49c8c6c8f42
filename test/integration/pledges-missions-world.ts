/**
 * A small network for the pledges and missions pages in every language: one
 * detained defender in Colombia (public action cleared), an MP who pledged and
 * twinned, logged two actions (one sent back for more information), a second
 * MP, a diplomat posted in Colombia who logged a mission action, and an open
 * request to the missions. `data` lists every value seeded, so a language check
 * can tell data from words the page should have translated.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import { bodyOf, type Harness } from '../support/harness.ts';

export interface PledgesMissionsWorld {
  caseId: string;
  requestId: string;
  /** The MP's action the coordinator sent back ("needs more information"). */
  sentBackActionId: string;
  cookies: { coordinator: string; mp: string; otherMp: string; diplomat: string };
  /** Every text value seeded (names, notes, outcomes), longest first. */
  data: string[];
}

const ok = async (res: Response, what: string) => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return bodyOf(res);
};

export async function pledgesMissionsWorld(h: Harness): Promise<PledgesMissionsWorld> {
  const names = { coordinator: 'Clara Quintero', mp: 'Maren Olsen', otherMp: 'Tomás Duarte', diplomat: 'Dana Díaz', defender: 'Julián Mora' };
  const mission = 'Delegación UE Bogotá';
  const coordinator = await h.signIn(await h.addMember('coordinator', { name: names.coordinator }));
  const mp = await h.signIn(await h.addMember('mp', { name: names.mp }));
  const otherMp = await h.signIn(await h.addMember('mp', { name: names.otherMp }));
  const diplomat = await h.signIn(await h.addMember('diplomat', { name: names.diplomat, country: 'CO', mission }));

  let target: DefenderCase = await h.createCase(coordinator, { defenderName: names.defender, country: 'CO', riskStatus: 'detained', visibility: 'network' });
  target = await ok(await h.json('PUT', `/api/cases/${target.id}/public-action-clearance`, {
    cookie: coordinator, headers: { 'if-match': `"${target.version}"` }, body: { cleared: true, basis: 'explicit_consent' },
  }), 'clearance');
  const id = target.id;
  const notes = { pledge: 'Nota 4471', letter: 'Carta 5521', question: 'Pregunta 6631', askMore: 'Falta 7741', outcome: 'Resultado 8851', request: 'Solicitud 9961' };

  await ok(await h.json('POST', `/api/cases/${id}/pledges`, { cookie: mp, body: { actions: ['joint_letter', 'prison_visit'], twin: true, note: notes.pledge } }), 'pledge');
  await ok(await h.json('POST', `/api/cases/${id}/actions`, {
    cookie: mp, body: { type: 'joint_letter', date: '2026-11-20', description: notes.letter, public: true, evidenceUrl: 'https://parlamento.example.org/c/1' },
  }), 'letter');
  const question = await ok(await h.json('POST', `/api/cases/${id}/actions`, {
    cookie: mp, body: { type: 'parliamentary_question', date: '2026-11-21', description: notes.question, public: false },
  }), 'question');
  await ok(await h.json('PUT', `/api/cases/${id}/actions/${question.id}/verification`, {
    cookie: coordinator, headers: { 'if-match': '"1"' }, body: { state: 'needs_more_info', note: notes.askMore },
  }), 'send back');
  const request = await ok(await h.json('POST', `/api/cases/${id}/action-requests`, {
    cookie: coordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-05', note: notes.request },
  }), 'request');
  await ok(await h.json('POST', `/api/cases/${id}/mission-actions`, {
    cookie: diplomat, body: { actionType: 'meeting_hrds', mission, date: '2026-11-22', outcome: notes.outcome, confidential: false },
  }), 'mission action');

  const data = [...Object.values(names), mission, ...Object.values(notes)].sort((a, b) => b.length - a.length);
  return { caseId: id, requestId: request.id, sentBackActionId: question.id, cookies: { coordinator, mp, otherMp, diplomat }, data };
}
