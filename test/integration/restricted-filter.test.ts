/**
 * `?visibility=restricted` as a member (issue 16, item 15): it used to end
 * in a 500 (DynamoDB refused the filter's redundant parentheses); members
 * named on restricted cases get exactly those, other members none, and the
 * coordinator every restricted case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
const cookies: Record<string, string> = {};
const named: Record<string, string[]> = { mp: [], diplomat: [], 'another mp': [], coordinator: [] };

beforeAll(async () => {
  h = await makeHarness();
  cookies.coordinator = await h.signIn(await h.addMember('coordinator'));
  const mp = await h.addMember('mp');
  const diplomat = await h.addMember('diplomat', { country: 'KE', mission: 'EU Delegation to Kenya' });
  cookies.mp = await h.signIn(mp);
  cookies.diplomat = await h.signIn(diplomat);
  cookies['another mp'] = await h.signIn(await h.addMember('mp'));
  await h.createCase(cookies.coordinator, { visibility: 'network' });
  await h.createCase(cookies.coordinator, { visibility: 'public' });
  const forMp = await h.createCase(cookies.coordinator, { visibility: 'restricted', namedMemberIds: [mp.id] });
  const forDiplomat = await h.createCase(cookies.coordinator, { visibility: 'restricted', namedMemberIds: [diplomat.id], country: 'KE' });
  const forNobody = await h.createCase(cookies.coordinator, { visibility: 'restricted' });
  named.mp = [forMp.id];
  named.diplomat = [forDiplomat.id];
  named.coordinator = [forMp.id, forDiplomat.id, forNobody.id];
});

describe('the restricted filter', () => {
  for (const caller of ['mp', 'diplomat', 'another mp', 'coordinator']) {
    it(`gives the ${caller} exactly the restricted cases that name them`, async () => {
      const res = await h.json('GET', '/api/cases?visibility=restricted', { cookie: cookies[caller] });
      expect(res.status).toBe(200);
      expect((await bodyOf(res)).items.map((c: { id: string }) => c.id).sort()).toEqual([...named[caller]!].sort());
      const page = await h.json('GET', '/cases?visibility=restricted', { cookie: cookies[caller] });
      expect(page.status).toBe(200);
      const html = await page.text();
      for (const id of named.coordinator!) expect(html.includes(`/cases/${id}`), id).toBe(named[caller]!.includes(id));
    });
  }

  it('with a country as well', async () => {
    const res = await h.json('GET', '/api/cases?visibility=restricted&country=KE', { cookie: cookies.diplomat });
    expect(res.status).toBe(200);
    expect((await bodyOf(res)).items.map((c: { id: string }) => c.id)).toEqual(named.diplomat);
  });
});
