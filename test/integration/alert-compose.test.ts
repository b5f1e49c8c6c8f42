/**
 * The compose page (coordinators): prefilled from the latest timeline event,
 * the status suggestions and the recommended actions; the reach by role and
 * country before sending; a form that fails keeps every value, its heading,
 * the message beside the field (in the reader's language) and focus on the
 * first error; every string from the catalogs (en-XA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let stream: CoverageBeside;
let w: AlertWorld;
let caseId: string;

beforeAll(async () => {
  // The count reads the alert reach, which the table's stream keeps (test/integration/alert-reach.test.ts).
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  w = await makeAlertWorld(h);
  caseId = (await w.tiedCase('public', [], { riskStatuses: ['detained'], recommendedActions: ['Ask for a prison visit'] })).id;
  const event = await h.json('POST', `/api/cases/${caseId}/events`, {
    cookie: w.cookies.coordinator, body: { type: 'arrest', date: '2026-11-22', title: 'Arrested at a checkpoint', description: 'Held without charge.' },
  });
  expect(event.status).toBe(201);
  await h.settled();
  await stream.poller.drain();
}, 60_000);

afterAll(async () => {
  await stream.poller.stop();
});

const page = (query = '') => h.app.request(`/cases/${caseId}/alerts/new${query}`, { headers: { cookie: w.cookies.coordinator! } });
const post = (form: Record<string, string | string[]>, lang = '') => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return h.app.request(`/cases/${caseId}/alerts/new${lang}`, {
    method: 'POST', headers: { cookie: w.cookies.coordinator!, 'content-type': 'application/x-www-form-urlencoded' }, body,
  });
};

describe('the compose page', () => {
  it('starts from the latest event, the suggested actions and the recommended actions, and says who will receive it', async () => {
    const html = await (await page()).text();
    expect(html).toContain('2026-11-22: Arrested at a checkpoint\nHeld without charge.');
    expect(html).toMatch(/value="prison_visit" checked/);
    expect(html).toContain('Ask for a prison visit</textarea>');
    expect(html).toContain('5 members will receive this alert.');
    expect(html).toContain('MP: 4');
    expect(html).toContain('Diplomat: 1');
    expect(html).toContain('Colombia: 1');
    // A code both lists share (trial observation) is one checkbox: twice, a browser sends it twice and the form is refused.
    expect(html.match(/value="trial_observation"/g)).toHaveLength(1);
  });

  it('the prefilled form, sent as a browser sends it, is accepted', async () => {
    const html = await (await page()).text();
    const checked = [...html.matchAll(/name="askedActions" value="([a-z_]+)" checked/g)].map((m) => m[1]!);
    expect(checked.length).toBeGreaterThan(0);
    const res = await post({ happened: 'Moved to another prison', askedActions: checked, asked: 'Write today', deadline: '2026-12-02T10:00', idempotencyKey: 'compose-key-3' });
    expect(res.status).toBe(303);
  });

  it('a failing form keeps every value, the heading, the message beside the field and focus on it; nothing is stored', async () => {
    const before = (await h.store.latestAlertsOfCase(caseId)).length;
    const res = await post({ happened: 'Beaten in custody', askedActions: ['prison_visit', 'urgent_local_action'], asked: 'Visit her', deadline: '2020-01-01T10:00', idempotencyKey: 'compose-key-1' }, '?lang=fr');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Envoyer une alerte urgente</h1>');
    expect(html).toContain('Beaten in custody</textarea>');
    expect(html).toContain('Visit her</textarea>');
    expect(html).toMatch(/value="urgent_local_action" checked/);
    expect(html).toContain('value="2020-01-01T10:00"');
    expect(html).toMatch(/<p id="deadline-error" class="error">L’échéance doit être dans le futur\.<\/p>/);
    expect(html).toMatch(/id="deadline"[^>]*autofocus/);
    expect(await h.store.latestAlertsOfCase(caseId)).toHaveLength(before);
  });

  it('sends from the form and returns to the case page, where the alert is listed', async () => {
    // Later than the alert the test before sent: two alerts of one instant have no "latest".
    h.clock.advance(60_000);
    const res = await post({ happened: 'Beaten in custody', asked: 'Visit her', deadline: '2026-12-01T10:00', idempotencyKey: 'compose-key-2' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${caseId}#alerts`);
    const [alert] = await h.store.latestAlertsOfCase(caseId);
    expect(alert!.alert.deadline).toBe('2026-12-01T10:00:00.000Z');
    expect(alert!.recipients).toHaveLength(5);
  });

  it('shows no plain English in the pseudo-locale', async () => {
    for (const path of [`/cases/${caseId}/alerts/new?lang=en-XA`]) {
      const html = await (await h.app.request(path, { headers: { cookie: w.cookies.coordinator! } })).text();
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<textarea[\s\S]*?<\/textarea>/g, '').replace(/<[^>]+>/g, ' ');
      for (const word of ['Send', 'Deadline', 'members', 'What happened', 'By role', 'Letter to the authorities']) expect(main).not.toContain(word);
    }
  });
});
