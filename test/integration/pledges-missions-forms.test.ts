/**
 * Forms a person can use (issue 17, item 3) on the adoption and missions
 * pages, against DynamoDB Local: after an error the page keeps its heading
 * (the defender's name) and every value entered, the error sits beside its
 * field, the first field at fault takes the focus; and the API words a
 * mission's field errors in the caller's language (Spanish here).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { pledgesMissionsWorld, type PledgesMissionsWorld } from './pledges-missions-world.ts';

let h: Harness;
let w: PledgesMissionsWorld;

beforeAll(async () => {
  h = await makeHarness();
  w = await pledgesMissionsWorld(h);
}, 60_000);

const post = (path: string, cookie: string, fields: Record<string, string>) =>
  h.app.request(path, {
    method: 'POST',
    headers: { cookie, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
const h1Of = (html: string) => html.match(/<h1>([^<]*)<\/h1>/)?.[1];

describe('after an error, the form keeps its heading and what was entered', () => {
  it('"Adopt the case of …" keeps the defender\'s name, the note and the twin box; the error is beside the actions, which take the focus', async () => {
    const before = await h.count();
    const res = await post(`/cases/${w.caseId}/pledge`, w.cookies.otherMp, { note: 'Will raise it in committee.', twin: 'on' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(h1Of(html)).toBe('Adopt the case of Julián Mora');
    expect(html).toContain('<title>Adopt the case of Julián Mora · Tandem</title>');
    expect(html).toContain('>Will raise it in committee.</textarea>');
    expect(html).toMatch(/name="twin" value="on" checked=""/);
    expect(html).toMatch(/<fieldset class="field" aria-invalid="true" aria-describedby="actions-error" autofocus="" tabindex="-1">/);
    expect(html).toMatch(/id="actions-error" class="error">Choose at least one action you commit to\.<\/p>\s*<\/fieldset>/);
    expect(html.match(/autofocus/g)).toHaveLength(1);
    expect(await h.count()).toBe(before);
  });

  it('"Log an action for …" keeps the name, the type, the date and the link; the description takes the focus', async () => {
    const res = await post(`/cases/${w.caseId}/actions/new`, w.cookies.mp, {
      idempotencyKey: 'forms-test-key-0001', type: 'prison_visit', date: '2026-11-22', evidenceUrl: 'http://insecure.example.org/x',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(h1Of(html)).toBe('Log an action for Julián Mora');
    expect(html).toContain('value="prison_visit" selected=""');
    expect(html).toContain('value="2026-11-22"');
    expect(html).toContain('value="http://insecure.example.org/x"');
    expect(html).toMatch(/<textarea id="description"[^>]*aria-describedby="description-error" autofocus=""/);
    expect(html).toMatch(/id="evidenceUrl-error" class="error">Must be an https:\/\/ link/);
    expect(html.match(/autofocus/g)).toHaveLength(1);
  });

  it('a mission action keeps its heading and entries, the action type first at fault', async () => {
    const res = await post(`/cases/${w.caseId}/mission-actions/new`, w.cookies.diplomat, {
      idempotencyKey: 'forms-test-key-0002', mission: 'Delegación UE Bogotá', date: '2026-11-22', outcome: 'Met the defender.',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(h1Of(html)).toBe('Log a mission action for Julián Mora');
    expect(html).toContain('>Met the defender.</textarea>');
    expect(html).toMatch(/<fieldset class="field" aria-invalid="true" aria-describedby="actionType-error" autofocus="" tabindex="-1">/);
    expect(html).toContain('id="actionType-error" class="error">Choose the EU Guidelines action type.</p>');
  });
});

describe('buttons that act on a named thing read as sentences', () => {
  it('the twinning, the verification and the request answers name what they act on', async () => {
    const page = await (await h.app.request(`/cases/${w.caseId}`, { headers: { cookie: w.cookies.coordinator } })).text();
    expect(page).toContain('End the twinning with Maren Olsen<span class="sr-only"> for Julián Mora</span></button>');
    expect(page).toContain('Verify<span class="sr-only"> “Meeting with the defender” by Delegación UE Bogotá on Nov 22, 2026</span></button>');
    const requests = await (await h.app.request('/requests', { headers: { cookie: w.cookies.diplomat } })).text();
    expect(requests).toContain('Decline<span class="sr-only"> the request “Trial observation” for Julián Mora</span></button>');
  });
});

describe('the API words mission errors in the caller\'s language', () => {
  const inSpanish = (path: string, cookie: string, body: unknown) =>
    h.json('POST', path, { cookie, body, headers: { 'accept-language': 'es-CO,es;q=0.9' } });

  it('a mission action with no type, no mission and a future date: 400 naming each field in Spanish, nothing stored', async () => {
    const before = await h.count();
    // The declared body is checked first (docs/architecture.md, "Order of checks"); the date needs today's
    // date, which the use case knows: it is named once the body itself is well formed.
    const res = await inSpanish(`/api/cases/${w.caseId}/mission-actions`, w.cookies.diplomat, { mission: '', date: '2026-12-30', outcome: 'Reunión.', confidential: false });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('content-language')).toBe('es');
    const problem = await bodyOf(res);
    expect(problem.title).toBe('Solicitud no válida');
    expect(problem.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'actionType', message: 'Elija el tipo de acción de las Directrices de la UE.' }),
      expect.objectContaining({ path: 'mission', message: 'Indique el nombre de su misión.' }),
    ]));
    const future = await inSpanish(`/api/cases/${w.caseId}/mission-actions`, w.cookies.diplomat, { actionType: 'demarche', mission: 'Misión de la UE', date: '2026-12-30', outcome: 'Reunión.', confidential: false });
    expect(future.status).toBe(400);
    expect((await bodyOf(future)).errors).toEqual([
      expect.objectContaining({ path: 'date', message: 'La fecha es futura: registre la acción una vez realizada.' }),
    ]);
    expect(await h.count()).toBe(before);
  });

  it('a request due in the past and one to a posting with nobody: the due date and the country in Spanish', async () => {
    const past = await inSpanish(`/api/cases/${w.caseId}/action-requests`, w.cookies.coordinator, { actionType: 'demarche', dueDate: '2026-11-01' });
    expect(past.status).toBe(400);
    expect((await bodyOf(past)).errors).toEqual([expect.objectContaining({ path: 'dueDate', message: 'El plazo ya pasó: elija hoy o una fecha posterior.' })]);
    const nobody = await inSpanish(`/api/cases/${w.caseId}/action-requests`, w.cookies.coordinator, { actionType: 'demarche', country: 'BY', dueDate: '2026-12-10' });
    expect(nobody.status).toBe(409);
    expect((await bodyOf(nobody)).detail).toBe('Ninguna persona diplomática de la red está destinada en Bielorrusia: nadie recibiría la solicitud. Diríjala a otro destino.');
  });
});
