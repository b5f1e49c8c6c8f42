/**
 * web/feature-routes.ts is what the app routes by before a feature is loaded:
 * a route missing from it would answer 404, a route listed but gone would
 * fail. It must equal the features' own routes, in their order.
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_ROUTES } from './feature-routes.ts';
import { featureRoutesSource, listFeatureRoutes } from './feature-routes-list.ts';
import { FEATURES } from './features.ts';

describe('web/feature-routes.ts', () => {
  it('lists every feature in mounting order, each with its own routes in declaration order (else: npm run routes:list)', async () => {
    const routes = await listFeatureRoutes();
    expect(Object.keys(FEATURE_ROUTES)).toEqual(Object.keys(FEATURES));
    expect(FEATURE_ROUTES).toEqual(routes);
    expect(Object.values(routes).flat().length).toBeGreaterThan(100);
  });

  it('is the file the generator writes', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('./feature-routes.ts', import.meta.url), 'utf8')).toBe(featureRoutesSource(await listFeatureRoutes()));
  });
});
