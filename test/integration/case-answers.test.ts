/**
 * The writes on a case answer the case as `caseView` gives it, never the store's record: a case
 * with a final judgment not executed carries the gap view's index (`executionWatch`, a string set
 * that JSON cannot carry), which the hand-written routes sent back as `"executionWatch": {}`
 * after an edit, a visibility change or a pause.
 */
import { beforeAll, expect, it } from 'vitest';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: string;

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
});

it('answers an edit, a visibility change and a pause of a case under execution watch without the watch', async () => {
  const c = await h.createCase(coordinator, { visibility: 'public', riskStatus: 'released' });
  const judgment = {
    internationalBody: 'ecthr', reference: 'no. 4567/24', decisionDate: '2025-09-10', judgmentFinalDate: '2025-09-10',
    outcome: 'violation', executionStatus: 'pending',
  };
  expect((await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie: coordinator, body: judgment })).status).toBe(201);
  // The store's record holds the watch: what the routes must not pass on as it is.
  expect((await h.store.getCase(c.id))?.executionWatch?.size).toBe(1);

  const edited = await h.json('PATCH', `/api/cases/${c.id}`, { cookie: coordinator, headers: { 'if-match': '"2"' }, body: { summary: 'Judgment final, not executed.' } });
  expect(edited.status).toBe(200);
  expect(await bodyOf(edited)).not.toHaveProperty('executionWatch');

  const restricted = await h.json('PUT', `/api/cases/${c.id}/visibility`, {
    cookie: coordinator, headers: { 'if-match': '"3"' }, body: { visibility: 'network', basis: 'explicit_consent' },
  });
  expect(restricted.status).toBe(200);
  expect(await bodyOf(restricted)).not.toHaveProperty('executionWatch');

  const paused = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: coordinator, body: { reason: 'Reprisals after the judgment', basis: 'explicit_consent' } });
  expect(paused.status).toBe(200);
  expect((await bodyOf(paused)).case).not.toHaveProperty('executionWatch');
  await h.settled();
});
