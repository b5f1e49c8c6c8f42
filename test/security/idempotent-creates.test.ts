/**
 * Idempotent creates as properties over every create route the app registers
 * (QUALITY 4 and 21). The create routes are the API POST rows of the
 * authorization matrix that answer 201 (that table is checked against
 * app.routes), so a new create route fails here until it has a spec.
 * - Every create route takes `Idempotency-Key`: the same key twice stores
 *   once and answers the first answer again; another body with it is refused.
 * - A replay re-checks: after the case was hidden, paused or moved to another
 *   country, a replay is refused exactly when a fresh request is refused for
 *   authorization or visibility (401, 403, 404), and never answers 201 then.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, makeHarness, validCase, type Harness } from '../support/harness.ts';
import { MATRIX } from './authorization-table.ts';

type Creator = 'coordinator' | 'mp' | 'another mp' | 'diplomat';

interface CreateSpec {
  as: Creator;
  /** The path and body of one create on `caseId` (prepared by `prepare` when the route needs an object). */
  request(caseId: string, prepared: string | undefined, n: number): { path: string; body?: unknown; other?: unknown };
  prepare?(caseId: string): Promise<string>;
  /** Creates that are not under a case have no visibility to lose. */
  caseScoped: boolean;
  /** The case's visibility before the change (network unless the create needs others to see a public action). */
  visibility?: 'public';
}

/** Create routes that do not take a key, each with its reason. */
const NOT_KEYED: Record<string, string> = {
  // Each call issues a new secret feed address and revokes the previous one: a retry loses nothing,
  // and storing the first answer would store the secret token in clear.
  'POST /api/calendar/feed': 'rotates a secret',
  // An address is a member once (its EMAIL# item): a retried invitation answers 409, never a second member or email.
  'POST /api/members': 'unique by email',
  // A report becomes one case (the report is then "converted", If-Match on its version): a retry answers 409 or 412.
  'POST /api/reports/:id/case': 'one case per report',
  // Asking for a direct upload stores nothing (a signed form and ticket): a retry gets another form, and only the one used is completed.
  'POST /api/cases/:id/attachments/uploads': 'stores nothing',
  // Completing files the one quarantined object its ticket names, once: a retry finds nothing left and answers 409.
  'POST /api/cases/:id/attachments/uploads/:uploadId': 'once per upload',
};

let h: Harness;
const cookies = {} as Record<Creator, string>;

const SPECS: Record<string, CreateSpec> = {
  'POST /api/cases': {
    as: 'coordinator', caseScoped: false,
    request: (_c, _p, n) => ({ path: '/api/cases', body: validCase({ defenderName: `Replay ${n}` }), other: validCase({ defenderName: `Other ${n}` }) }),
  },
  'POST /api/cases/:id/events': {
    as: 'coordinator', caseScoped: true,
    request: (c) => ({ path: `/api/cases/${c}/events`, body: { type: 'update', date: '2026-11-01', title: 'Replayed event' }, other: { type: 'update', date: '2026-11-02', title: 'Other event' } }),
  },
  'POST /api/cases/:id/alerts': {
    as: 'coordinator', caseScoped: true,
    request: (c, _p, n) => ({
      path: `/api/cases/${c}/alerts`,
      body: { happened: `Arrested at dawn ${n}`, askedActions: ['letter_authorities'], asked: 'Write to the prosecutor.', deadline: '2099-01-01T12:00' },
      other: { happened: `Another arrest ${n}`, askedActions: ['letter_authorities'], asked: 'Write to the prosecutor.', deadline: '2099-01-01T12:00' },
    }),
  },
  'POST /api/cases/:id/pledges': {
    as: 'mp', caseScoped: true,
    request: (c) => ({ path: `/api/cases/${c}/pledges`, body: { actions: ['prison_visit'] }, other: { actions: ['letter_authorities'] } }),
  },
  'POST /api/cases/:id/actions': {
    as: 'mp', caseScoped: true,
    request: (c, _p, n) => ({
      path: `/api/cases/${c}/actions`, body: { type: 'letter_authorities', date: '2026-11-01', description: `Letter ${n}`, public: false },
      other: { type: 'letter_authorities', date: '2026-11-01', description: `Other letter ${n}`, public: false },
    }),
  },
  'POST /api/cases/:id/actions/:actionId/co-signatures': {
    // A joint letter is co-signed where other MPs see it: a public action, on a public case.
    as: 'another mp', caseScoped: true, visibility: 'public',
    prepare: async (c) => {
      const letter = await h.json('POST', `/api/cases/${c}/actions`, {
        cookie: cookies.mp, body: { type: 'joint_letter', date: '2026-11-01', description: 'Joint letter', public: true },
      });
      expect(letter.status).toBe(201);
      return (await bodyOf(letter)).id as string;
    },
    request: (c, letter) => ({ path: `/api/cases/${c}/actions/${letter}/co-signatures` }),
  },
  'POST /api/cases/:id/attachments': {
    // Multipart: the key fits as for JSON creates (the request hashed is the fields, the file's name and its SHA-256).
    // The MP attaches evidence to an action of theirs, so hiding the case from them must refuse the replay.
    as: 'mp', caseScoped: true,
    prepare: async (c) => {
      const logged = await h.json('POST', `/api/cases/${c}/actions`, {
        cookie: cookies.mp, body: { type: 'letter_authorities', date: '2026-11-01', description: 'Letter with evidence', public: false },
      });
      expect(logged.status).toBe(201);
      return (await bodyOf(logged)).id as string;
    },
    request: (c, action, n) => ({
      path: `/api/cases/${c}/attachments`,
      body: pdfForm(action!, `%PDF-1.4\n% evidence ${n}\n%%EOF\n`),
      other: pdfForm(action!, `%PDF-1.4\n% another ${n}\n%%EOF\n`),
    }),
  },
  'POST /api/cases/:id/action-requests': {
    as: 'coordinator', caseScoped: true,
    request: (c) => ({ path: `/api/cases/${c}/action-requests`, body: { actionType: 'trial_observation', dueDate: '2026-12-10' }, other: { actionType: 'demarche', dueDate: '2026-12-10' } }),
  },
  'POST /api/cases/:id/proceedings': {
    as: 'coordinator', caseScoped: true,
    request: (c, _p, n) => ({
      path: `/api/cases/${c}/proceedings`,
      body: { internationalBody: 'ecthr', reference: `no. ${10000 + n}/26`, finalDomesticDecisionDate: '2026-10-31' },
      other: { internationalBody: 'ecthr', reference: `no. ${20000 + n}/26`, finalDomesticDecisionDate: '2026-10-30' },
    }),
  },
  'POST /api/cases/:id/mission-actions': {
    as: 'diplomat', caseScoped: true,
    request: (c) => ({
      path: `/api/cases/${c}/mission-actions`, body: { actionType: 'trial_observation', mission: 'EU Delegation', date: '2026-11-10', outcome: 'Observed', confidential: false },
      other: { actionType: 'trial_observation', mission: 'EU Delegation', date: '2026-11-10', outcome: 'Observed again', confidential: false },
    }),
  },
};

const pdfForm = (actionId: string, text: string) => {
  const form = new FormData();
  form.set('file', new File([text], 'evidence.pdf', { type: 'application/pdf' }));
  form.set('actionId', actionId);
  return form;
};

/** API create routes, from the authorization matrix (which is proven equal to what the app registers). */
const createRoutes = () =>
  MATRIX.filter((r) => r.method === 'POST' && r.route.startsWith('/api/') && Object.values(r.expect).includes(201)).map((r) => `POST ${r.route}`);

let counter = 0;
const coordinatorEtag = async (caseId: string) => (await h.json('GET', `/api/cases/${caseId}`, { cookie: cookies.coordinator })).headers.get('etag')!;

/** What a coordinator does to a case after the create and before the replay. */
const CHANGES: Record<string, (caseId: string) => Promise<Response>> = {
  'hidden (restricted, naming nobody)': async (id) =>
    h.json('PUT', `/api/cases/${id}/visibility`, { cookie: cookies.coordinator, headers: { 'if-match': await coordinatorEtag(id) }, body: { visibility: 'restricted', basis: 'reprisal' } }),
  paused: (id) => h.json('POST', `/api/cases/${id}/pause`, { cookie: cookies.coordinator, body: { reason: 'Reprisal', basis: 'reprisal' } }),
  'moved to another country': async (id) =>
    h.json('PATCH', `/api/cases/${id}`, { cookie: cookies.coordinator, headers: { 'if-match': await coordinatorEtag(id) }, body: { country: 'BY' } }),
};

async function create(spec: CreateSpec, key: string, which: 'body' | 'other' = 'body') {
  const caseId = (await h.createCase(cookies.coordinator, { visibility: spec.visibility ?? 'network', country: 'CO' })).id;
  const prepared = spec.prepare ? await spec.prepare(caseId) : undefined;
  const n = ++counter;
  const send = (k: string, w: 'body' | 'other' = which) => {
    const r = spec.request(caseId, prepared, n);
    const body = w === 'other' ? r.other : r.body;
    if (body instanceof FormData) {
      return Promise.resolve(h.app.request(r.path, { method: 'POST', body, headers: { cookie: cookies[spec.as], 'idempotency-key': k } }));
    }
    return h.json('POST', r.path, { cookie: cookies[spec.as], headers: { 'idempotency-key': k }, ...(body !== undefined ? { body } : {}) });
  };
  return { caseId, send, first: await send(key) };
}

beforeAll(async () => {
  h = await makeHarness();
  cookies.coordinator = await h.signIn(await h.addMember('coordinator'));
  cookies.mp = await h.signIn(await h.addMember('mp'));
  cookies['another mp'] = await h.signIn(await h.addMember('mp'));
  cookies.diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
});

describe('every create route takes Idempotency-Key', () => {
  it('each API create route of the app has a spec here or a documented reason not to take a key', () => {
    const routes = createRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(7);
    expect(routes.filter((r) => !SPECS[r] && !NOT_KEYED[r]), 'create routes without a spec').toEqual([]);
    expect(Object.keys(SPECS).filter((r) => !routes.includes(r)), 'specs for routes that are not creates').toEqual([]);
  });

  it('the OpenAPI document declares the optional Idempotency-Key on each of them', async () => {
    const doc = await bodyOf(await h.json('GET', '/api/openapi.json'));
    const undeclared = Object.keys(SPECS).filter((route) => {
      const path = route.replace('POST ', '').replace(/:(\w+)/g, '{$1}');
      const parameters: Array<{ name: string; in: string }> = doc.paths[path]?.post?.parameters ?? [];
      return !parameters.some((p) => p.name === 'Idempotency-Key' && p.in === 'header');
    });
    expect(undeclared).toEqual([]);
  });

  for (const [route, spec] of Object.entries(SPECS)) {
    it(`${route}: the same key twice stores once and answers the first answer; another body with it is refused`, async () => {
      const key = `same-key-${randomUUID()}`;
      const { send, first } = await create(spec, key);
      expect(first.status, await first.clone().text()).toBe(201);
      const stored = await h.count();
      const again = await send(key);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await bodyOf(again)).toEqual(await bodyOf(first));
      expect(again.headers.get('location')).toBe(first.headers.get('location'));
      expect(await h.count()).toBe(stored);
      if (spec.request('x', 'y', 0).other !== undefined) {
        expect((await send(key, 'other')).status).toBe(422);
        expect(await h.count()).toBe(stored);
      }
    });
  }
});

describe('a replay passes the same authorization and visibility checks as a fresh request', () => {
  for (const [route, spec] of Object.entries(SPECS).filter(([, s]) => s.caseScoped)) {
    for (const [change, apply] of Object.entries(CHANGES)) {
      it(`${route} as ${spec.as}, case ${change}`, async () => {
        const key = `replay-key-${randomUUID()}`;
        const { caseId, send, first } = await create(spec, key);
        expect(first.status, await first.clone().text()).toBe(201);
        expect((await apply(caseId)).status).toBe(200);

        const replay = await send(key);
        const fresh = await send(`fresh-key-${randomUUID()}`);
        if ([401, 403, 404].includes(fresh.status)) {
          expect(replay.status).toBe(fresh.status);
          expect(replay.headers.get('idempotent-replayed')).toBeNull();
          expect(await replay.text()).not.toContain((await bodyOf(first)).id ?? caseId);
        } else {
          expect(replay.status).toBe(201);
          expect(replay.headers.get('idempotent-replayed')).toBe('true');
        }
      });
    }
  }
});
