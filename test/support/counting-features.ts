/**
 * The app's feature loaders, each recording its name when called, and an app
 * mounting them lazily as web/app.tsx does (an anonymous viewer, English): what
 * the lazy-mounting and prefetch tests watch to see which feature a request loads.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { ANONYMOUS } from '#shared/domain/member.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import type { AppEnv, WebDeps } from '#web/env.ts';
import { FEATURES } from '#web/features.ts';
import { mountLazily, type FeatureLoaders } from '#web/lazy-features.ts';

export function countingLoaders(loaders: FeatureLoaders = FEATURES): { loads: string[]; loaders: FeatureLoaders } {
  const loads: string[] = [];
  const counted = Object.fromEntries(
    Object.entries(loaders).map(([name, load]) => [name, () => (loads.push(name), load())]),
  ) as FeatureLoaders;
  return { loads, loaders: counted };
}

/** `before`: a middleware the app runs ahead of the features' routes, given the same counted loaders (the prefetch's, as app.tsx has it). */
export function countingApp(
  loaders: FeatureLoaders = FEATURES, before?: (counted: FeatureLoaders) => MiddlewareHandler<AppEnv>,
): { app: Hono<AppEnv>; loads: string[] } {
  const counted = countingLoaders(loaders);
  const app = new Hono<AppEnv>();
  app.use((c, next) => {
    c.set('viewer', ANONYMOUS);
    c.set('i18n', translatorFor('en'));
    return next();
  });
  if (before) app.use(before(counted.loaders));
  mountLazily(app, { appUrl: 'https://tandem.example.org' } as WebDeps, counted.loaders);
  return { app, loads: counted.loads };
}
