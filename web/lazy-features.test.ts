/**
 * Lazy mounting: a request loads the feature that answers it and no other,
 * each feature is built once, and overlapping paths resolve in mounting order
 * (/cases/new is the cases feature's page, not case-safety's /cases/:id).
 */
import { describe, expect, it } from 'vitest';
import { countingApp } from '../test/support/counting-features.ts';

describe('mountLazily', () => {
  it('loads only the feature whose route answers, once', async () => {
    const { app, loads } = countingApp();
    expect(loads).toEqual([]);
    expect((await app.request('/sign-in')).status).toBe(200);
    expect((await app.request('/sign-in')).status).toBe(200);
    expect(loads).toEqual(['auth']);
  });

  it('keeps the mounting order between features: /cases/new is the cases feature, case-safety is never loaded', async () => {
    const { app, loads } = countingApp();
    const answer = await app.request('/cases/new');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toMatch(/^\/sign-in/);
    expect(loads).toEqual(['cases']);
  });

  it('answers 404 for a path no feature declares, loading nothing', async () => {
    const { app, loads } = countingApp();
    expect((await app.request('/no-such-page')).status).toBe(404);
    expect(loads).toEqual([]);
  });
});
