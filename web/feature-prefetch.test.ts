/**
 * The prefetch starts the import of the feature that will answer, and only
 * that one: checked over every route the features declare against the app's
 * own lazy mounting (the feature its router loads first for the same request).
 */
import { describe, expect, it } from 'vitest';
import { countingApp, countingLoaders } from '../test/support/counting-features.ts';
import { FEATURE_ROUTES } from './feature-routes.ts';
import { FEATURES } from './features.ts';
import { featurePrefetch, prefetchMiddleware } from './feature-prefetch.ts';
import { splitRouteKey, type FeatureLoaders } from './lazy-features.ts';

/** A concrete path for a declared one: each parameter given a value its pattern accepts. */
const concrete = (path: string) =>
  path
    .replace(/:bundle\{[^}]*\}/, 'redoc-2.5.1.standalone.js')
    .replace(/:([a-zA-Z]+)/g, (_, name: string) => `${name}-7f3a`);

const ALL_ROUTES = Object.values(FEATURE_ROUTES).flat().map((key) => {
  const { method, path } = splitRouteKey(key);
  return { method, path: concrete(path) };
});

describe('featurePrefetch', () => {
  it('starts the feature that answers, in mounting order, once: /cases/new is the cases feature, not case-safety', () => {
    const { loads, loaders } = countingLoaders();
    const prefetch = featurePrefetch(loaders);
    prefetch('GET', '/cases/new');
    prefetch('GET', '/api/cases');
    prefetch('HEAD', '/sign-in');
    expect(loads).toEqual(['cases', 'auth']);
  });

  it('starts nothing for a path no feature declares', () => {
    const { loads, loaders } = countingLoaders();
    const prefetch = featurePrefetch(loaders);
    for (const path of ['/no-such-page', '/favicon.svg', '/api/openapi.json']) prefetch('GET', path);
    prefetch('DELETE', '/sign-in');
    expect(loads).toEqual([]);
  });

  it("starts ICU once, on the first page read: not for JSON, an asset, an unknown path or a form's post", () => {
    const { loaders } = countingLoaders();
    let warmed = 0;
    const prefetch = featurePrefetch(loaders, () => warmed++);
    for (const [method, path] of [['GET', '/api/cases'], ['GET', '/favicon.svg'], ['GET', '/no-such-page'], ['POST', '/sign-in'], ['GET', '/api/me']]) prefetch(method!, path!);
    expect(warmed).toBe(0);
    prefetch('GET', '/cases/7f3a');
    prefetch('GET', '/sign-in');
    expect(warmed).toBe(1);
  });

  it('leaves a failed import to the route that needs it: no unhandled rejection, and the route still reports it', async () => {
    let attempts = 0;
    const failing = { ...FEATURES, auth: () => (attempts++, Promise.reject(new Error('chunk missing'))) } as FeatureLoaders;
    featurePrefetch(failing)('GET', '/sign-in');
    const { app } = countingApp(failing);
    app.onError((_error, c) => c.body(null, 500));
    expect((await app.request('/sign-in')).status).toBe(500);
    expect(attempts).toBe(2);
  });

  it(`picks, for each of the ${ALL_ROUTES.length} declared routes, the feature the app's router loads for it`, async () => {
    const mismatches: string[] = [];
    for (const { method, path } of ALL_ROUTES) {
      const guessed = countingLoaders();
      featurePrefetch(guessed.loaders)(method, path);
      // A fresh app each time, so its first load is this request's feature; the answer itself
      // (a redirect, a 4xx without a body or a session) does not matter here.
      const { app: mounted, loads } = countingApp();
      mounted.onError((_error, c) => c.body(null, 500));
      await mounted.request(path, { method });
      if (guessed.loads.length !== 1 || guessed.loads[0] !== loads[0]) {
        mismatches.push(`${method} ${path}: prefetch ${guessed.loads.join('+') || 'none'}, app ${loads[0] ?? 'none'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it(`inside the app, starts for each of the ${ALL_ROUTES.length} declared routes the feature its router matched, before the route asks for it`, async () => {
    const mismatches: string[] = [];
    for (const { method, path } of ALL_ROUTES) {
      let warmed = 0;
      const { app: mounted, loads } = countingApp(FEATURES, (loaders) => prefetchMiddleware(featurePrefetch(loaders, () => warmed++)));
      mounted.onError((_error, c) => c.body(null, 500));
      await mounted.request(path, { method });
      // The prefetch's load first, then the route's own (the same import, awaited).
      if (loads.length !== 2 || loads[0] !== loads[1]) mismatches.push(`${method} ${path}: loads ${loads.join('+') || 'none'}`);
      const pageRead = method === 'GET' && !path.startsWith('/api/');
      if (warmed !== (pageRead ? 1 : 0)) mismatches.push(`${method} ${path}: ICU started ${warmed} times`);
    }
    expect(mismatches).toEqual([]);
  });

  it('inside the app, stops looking once every feature has been started and a page read', () => {
    const { loaders } = countingLoaders();
    const prefetch = featurePrefetch(loaders, () => undefined);
    expect(prefetch.finished).toBe(false);
    for (const name of Object.keys(loaders) as (keyof FeatureLoaders)[]) prefetch.start(name, 'GET', '/api/x');
    expect(prefetch.finished).toBe(false);
    prefetch.start('cases', 'GET', '/cases');
    expect(prefetch.finished).toBe(true);
  });
});
