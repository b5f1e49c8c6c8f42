/** Defender cases through the JSON API, against DynamoDB Local. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, validCase, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
});

describe('creating a case', () => {
  it('a coordinator creates a case: 201 with Location and ETag, readable at once', async () => {
    const res = await h.json('POST', '/api/cases', { cookie: asCoordinator, body: validCase() });
    expect(res.status).toBe(201);
    const created = (await bodyOf(res)) as DefenderCase;
    expect(res.headers.get('location')).toBe(`/api/cases/${created.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(created).toMatchObject({ defenderName: 'Test Defender', state: 'active', version: 1, createdBy: coordinator.id });

    const read = await h.json('GET', `/api/cases/${created.id}`, { cookie: asCoordinator });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(await bodyOf(read)).toEqual({ ...created, timeline: [] });
  });

  it('writes the case, its first consent-ledger entry and its audit record together', async () => {
    const before = await h.count();
    await h.createCase(asCoordinator);
    expect(await h.count()).toBe(before + 3);
  });

  it('an MP may not create (403), an anonymous caller must sign in (401); nothing is stored', async () => {
    const asMp = await h.signIn(await h.addMember('mp'));
    const before = await h.count();
    expect((await h.json('POST', '/api/cases', { cookie: asMp, body: validCase() })).status).toBe(403);
    expect((await h.json('POST', '/api/cases', { body: validCase() })).status).toBe(401);
    expect(await h.count()).toBe(before);
  });
});

describe('bad input is refused with the field at fault, and nothing is stored', () => {
  const cases: Array<[string, unknown, string]> = [
    ['a missing name', validCase({ defenderName: undefined }), 'defenderName'],
    ['a blank name', validCase({ defenderName: '   ' }), 'defenderName'],
    ['an unknown country', validCase({ country: 'XX' }), 'country'],
    ['an unknown theme', { ...validCase(), themes: ['gardening'] }, 'themes.0'],
    ['no theme', validCase({ themes: [] }), 'themes'],
    ['an unknown risk status', { ...validCase(), riskStatus: 'fine' }, 'riskStatus'],
    ['an unknown visibility', { ...validCase(), visibility: 'everyone' }, 'visibility'],
    ['a field the schema does not know', { ...validCase(), sensitiveNotes: 'x' }, 'sensitiveNotes'],
    ['a wrong type', { ...validCase(), summary: 42 }, 'summary'],
    ['an over-long summary', validCase({ summary: 'x'.repeat(4001) }), 'summary'],
    ['control characters', validCase({ defenderName: 'Ana\u0000' }), 'defenderName'],
    ['an array body', [validCase()], '(body)'],
  ];

  for (const [what, body, path] of cases) {
    it(`${what} → 400 naming ${path}`, async () => {
      const before = await h.count();
      const res = await h.json('POST', '/api/cases', { cookie: asCoordinator, body });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await bodyOf(res);
      expect(problem).toMatchObject({ status: 400, title: 'Invalid request', type: 'urn:tandem:problem:validation' });
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+/);
      expect(await h.count()).toBe(before);
    });
  }

  it('malformed JSON → 400', async () => {
    const res = await h.json('POST', '/api/cases', { cookie: asCoordinator, body: '{"defenderName": ' });
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).errors[0].path).toBe('(body)');
  });

  it('a body that is not JSON → 415', async () => {
    const res = await h.json('POST', '/api/cases', {
      cookie: asCoordinator, body: 'defenderName=x', headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(415);
  });

  it('a body over 64 KiB → 413', async () => {
    const before = await h.count();
    const res = await h.json('POST', '/api/cases', { cookie: asCoordinator, body: validCase({ summary: 'x'.repeat(70 * 1024) }) });
    expect(res.status).toBe(413);
    expect(await h.count()).toBe(before);
  });

  it('a malformed case id → 400 naming id; an unknown one → 404', async () => {
    expect((await h.json('GET', '/api/cases/not-a-uuid', { cookie: asCoordinator })).status).toBe(400);
    expect((await h.json('GET', '/api/cases/6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f', { cookie: asCoordinator })).status).toBe(404);
  });
});

describe('editing a case', () => {
  let existing: DefenderCase;
  beforeEach(async () => {
    existing = await h.createCase(asCoordinator);
  });

  it('with the current ETag: 200, the change stored, version and ETag move on', async () => {
    const res = await h.json('PATCH', `/api/cases/${existing.id}`, {
      cookie: asCoordinator, body: { riskStatus: 'detained' }, headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(await h.store.getCase(existing.id)).toMatchObject({ riskStatuses: ['detained'], version: 2 });
  });

  it('without If-Match: 428, nothing changes', async () => {
    const res = await h.json('PATCH', `/api/cases/${existing.id}`, { cookie: asCoordinator, body: { riskStatus: 'detained' } });
    expect(res.status).toBe(428);
    expect(await h.store.getCase(existing.id)).toEqual(existing);
  });

  it('with a stale If-Match: 412, nothing changes', async () => {
    await h.json('PATCH', `/api/cases/${existing.id}`, { cookie: asCoordinator, body: { summary: 'First edit.' }, headers: { 'if-match': '"1"' } });
    const before = await h.count();
    const stale = await h.json('PATCH', `/api/cases/${existing.id}`, {
      cookie: asCoordinator, body: { riskStatus: 'killed' }, headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(await h.store.getCase(existing.id)).toMatchObject({ summary: 'First edit.', riskStatuses: ['threatened'], version: 2 });
    expect(await h.count()).toBe(before);
  });

  it('20 concurrent edits with the same If-Match: exactly 1 wins, 19 get 412, only the winner is stored', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.json('PATCH', `/api/cases/${existing.id}`, {
          cookie: asCoordinator, body: { summary: `Edit number ${i}` }, headers: { 'if-match': '"1"' },
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const winner = results.findIndex((r) => r.status === 200);
    expect(await h.store.getCase(existing.id)).toMatchObject({ summary: `Edit number ${winner}`, version: 2 });
  });

  it('an invalid change is refused with its field, and nothing changes', async () => {
    const res = await h.json('PATCH', `/api/cases/${existing.id}`, {
      cookie: asCoordinator, body: { country: 'ZZ' }, headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).errors[0].path).toBe('country');
    expect(await h.store.getCase(existing.id)).toEqual(existing);
  });

  it('an MP may not edit: 403', async () => {
    const asMp = await h.signIn(await h.addMember('mp'));
    const res = await h.json('PATCH', `/api/cases/${existing.id}`, { cookie: asMp, body: { summary: 'x' }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(403);
  });
});

describe('idempotent creates', () => {
  it('the same Idempotency-Key 10 times in sequence and 10 in parallel: 1 case, 1 audit record', async () => {
    const before = await h.count();
    const send = () =>
      h.json('POST', '/api/cases', { cookie: asCoordinator, body: validCase(), headers: { 'idempotency-key': 'key-0001-abcdef' } });
    const sequential: Response[] = [];
    for (let i = 0; i < 10; i++) sequential.push(await send());
    const parallel = await Promise.all(Array.from({ length: 10 }, send));
    const all = [...sequential, ...parallel];
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = new Set(await Promise.all(all.map(async (r) => ((await bodyOf(r)) as DefenderCase).id)));
    expect(ids.size).toBe(1);
    // One case, one consent entry, one audit line, one idempotency record.
    expect(await h.count()).toBe(before + 4);
    expect(all.slice(1).every((r) => r.headers.get('idempotent-replayed') === 'true')).toBe(true);
  });

  it('10 parallel first attempts with one key still create exactly 1 case', async () => {
    const before = await h.count();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.json('POST', '/api/cases', { cookie: asCoordinator, body: validCase(), headers: { 'idempotency-key': 'key-parallel-1' } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(await h.count()).toBe(before + 4);
  });

  it('the same key with another body is refused with 422', async () => {
    const headers = { 'idempotency-key': 'key-0002-abcdef' };
    await h.json('POST', '/api/cases', { cookie: asCoordinator, body: validCase(), headers });
    const other = await h.json('POST', '/api/cases', { cookie: asCoordinator, body: validCase({ defenderName: 'Someone else' }), headers });
    expect(other.status).toBe(422);
  });
});
