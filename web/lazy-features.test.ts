/**
 * Lazy mounting: a request loads the feature that answers it and no other,
 * each feature is built once, and overlapping paths resolve in mounting order
 * (/cases/new is the cases feature's page, not case-safety's /cases/:id).
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '#shared/domain/member.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import type { AppEnv, WebDeps } from './env.ts';
import { FEATURES } from './features.ts';
import { mountLazily, type FeatureLoaders } from './lazy-features.ts';

function countingApp() {
  const loads: string[] = [];
  const loaders = Object.fromEntries(
    Object.entries(FEATURES).map(([name, load]) => [name, () => (loads.push(name), load())]),
  ) as FeatureLoaders;
  const app = new Hono<AppEnv>();
  app.use((c, next) => {
    c.set('viewer', ANONYMOUS);
    c.set('i18n', translatorFor('en'));
    return next();
  });
  mountLazily(app, { appUrl: 'https://tandem.example.org' } as WebDeps, loaders);
  return { app, loads };
}

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
