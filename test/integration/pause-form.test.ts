/**
 * Pausing publicity, as a browser posts the case page's form and as the API
 * is called. The browser journey found the form answering 400 "Unknown
 * field" (the form parser added an empty named-members list the strict pause
 * schema refuses). Issue 16: the ledger recorded "reprisal" whatever the
 * coordinator's reason was; the pause now takes its basis, as a visibility
 * change does, and the ledger records it.
 */
import { describe, expect, it } from 'vitest';
import { APP_URL, bodyOf, makeHarness } from '../support/harness.ts';

describe('pause publicity from the case page', () => {
  it('pauses with a reason and a basis, redirects to the case, and the case is restricted', async () => {
    const h = await makeHarness();
    const cookie = await h.signIn(await h.addMember('coordinator'));
    const c = await h.createCase(cookie, { visibility: 'public' });
    const page = await (await h.app.request(`/cases/${c.id}`, { headers: { cookie } })).text();
    expect(page).toMatch(/<select id="pause-basis" name="basis"/);
    const res = await h.app.request(`/cases/${c.id}/pause`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie },
      body: new URLSearchParams({ reason: 'The family asked us to stop', basis: 'partner_request' }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${c.id}`);
    const stored = await h.store.getCase(c.id);
    expect(stored?.visibility).toBe('restricted');
    expect(stored?.pausedAt).toBeDefined();
    const ledger = (await h.store.getCaseBundle(c.id))!.consent;
    expect(ledger.find((e) => e.event === 'paused')).toMatchObject({ basis: 'partner_request', note: 'The family asked us to stop' });
  });

  it('without a basis the form comes back with the message by the field, and nothing is paused', async () => {
    const h = await makeHarness();
    const cookie = await h.signIn(await h.addMember('coordinator'));
    const c = await h.createCase(cookie, { visibility: 'public' });
    const res = await h.app.request(`/cases/${c.id}/pause`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie },
      body: new URLSearchParams({ reason: 'Reprisal', basis: '' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('id="pause-basis-error"');
    expect((await h.store.getCase(c.id))?.pausedAt).toBeUndefined();
  });
});

describe('POST /api/cases/{id}/pause records the basis given', () => {
  it('records each basis of the visibility change in the ledger, not always "reprisal"', async () => {
    const h = await makeHarness();
    const cookie = await h.signIn(await h.addMember('coordinator'));
    for (const basis of ['explicit_consent', 'partner_request', 'vital_interest', 'reprisal']) {
      const c = await h.createCase(cookie, { visibility: 'public' });
      const res = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie, body: { reason: `Paused on ${basis}`, basis } });
      expect(res.status).toBe(200);
      const ledger = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/consent`, { cookie }))).items as Array<{ event: string }>;
      expect(ledger.find((e) => e.event === 'paused')).toMatchObject({ basis, note: `Paused on ${basis}` });
    }
  });

  it('refuses a pause without a basis or with an unknown one: 400 naming the field, the case untouched', async () => {
    const h = await makeHarness();
    const cookie = await h.signIn(await h.addMember('coordinator'));
    const c = await h.createCase(cookie, { visibility: 'public' });
    for (const body of [{ reason: 'Reprisal' }, { reason: 'Reprisal', basis: 'family_whim' }]) {
      const res = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie, body });
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).errors.map((e: { path: string }) => e.path)).toEqual(['basis']);
    }
    expect((await h.store.getCase(c.id))?.visibility).toBe('public');
  });
});
