/**
 * The case page's "Pause publicity" form, posted as a browser posts it. The
 * browser journey found it answering 400 "Unknown field" (the form parser
 * added an empty named-members list the strict pause schema refuses); the
 * API path was fine, so only the page was broken.
 */
import { describe, expect, it } from 'vitest';
import { APP_URL, makeHarness } from '../support/harness.ts';

describe('pause publicity from the case page', () => {
  it('pauses with just a reason, redirects to the case, and the case is restricted', async () => {
    const h = await makeHarness();
    const cookie = await h.signIn(await h.addMember('coordinator'));
    const c = await h.createCase(cookie, { visibility: 'public' });
    const res = await h.app.request(`/cases/${c.id}/pause`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie },
      body: new URLSearchParams({ reason: 'Reprisal after a statement' }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${c.id}`);
    const stored = await h.store.getCase(c.id);
    expect(stored?.visibility).toBe('restricted');
    expect(stored?.pausedAt).toBeDefined();
  });
});
