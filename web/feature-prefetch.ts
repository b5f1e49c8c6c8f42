/**
 * Starts importing the feature that will answer a request as soon as the
 * request arrives, so that the import (tens of milliseconds of CPU on a cold
 * container: the feature's chunk, zod, its schemas) runs while the request
 * waits on the network for something else: the app secret on a Lambda's first
 * invocation (the secrets extension asks Secrets Manager then), the session's
 * GetItem (on a cold container, the first DynamoDB call opens its TLS
 * connection). web/lazy-features.ts awaits the same import later: a module is
 * imported once, so a prefetch changes when a feature loads, never what answers.
 *
 * Which feature: the first, in mounting order, that declares a route matching
 * the method and path (web/feature-routes.ts), as the app's own router would
 * pick it. A wrong guess only loads a chunk early; it answers nothing.
 */
import { PatternRouter } from 'hono/router/pattern-router';
import type { MiddlewareHandler } from 'hono';
import { FEATURE_ROUTES, type FeatureName } from './feature-routes.ts';
import { FEATURES } from './features.ts';
import { splitRouteKey, type FeatureLoaders } from './lazy-features.ts';
import { warmIntlOnce } from './intl-warm-up.ts';

export type FeaturePrefetch = (method: string, path: string) => void;

export function featurePrefetch(loaders: FeatureLoaders, warmIntl: () => void = warmIntlOnce): FeaturePrefetch {
  const started = new Set<FeatureName>();
  const names = Object.keys(loaders) as FeatureName[];
  let router: PatternRouter<FeatureName> | undefined;
  const routerOf = () => {
    if (router) return router;
    router = new PatternRouter<FeatureName>();
    for (const name of names) {
      for (const key of FEATURE_ROUTES[name]) {
        const { method, path } = splitRouteKey(key);
        router.add(method, path, name);
      }
    }
    return router;
  };
  let pageSeen = false;
  return (method, path) => {
    // Once every feature has been asked for, the container has them all: nothing left to start.
    if (started.size === names.length && pageSeen) return;
    const name = routerOf().match(method === 'HEAD' ? 'GET' : method, path)[0][0]?.[0];
    // A feature's page read (not its JSON, not an asset, not a form's redirect): ICU's start, while the
    // request waits (web/intl-warm-up.ts).
    if (name && !pageSeen && (method === 'GET' || method === 'HEAD') && !path.startsWith('/api/')) {
      pageSeen = true;
      warmIntl();
    }
    if (!name || started.has(name)) return;
    started.add(name);
    // The route's own import reports a failure (and tries again); this one only starts it early.
    loaders[name]().catch(() => undefined);
  };
}

/**
 * The app's features, one prefetch for the process: the Lambda entry calls it until the app
 * exists (its secret is on the way), the app's middleware on every request; one router, built once.
 */
export const prefetchFeature: FeaturePrefetch = featurePrefetch(FEATURES);

/** The prefetch as the app's middleware: before the session's read, so the two overlap. */
export const prefetchFeatures: MiddlewareHandler = (c, next) => {
  prefetchFeature(c.req.method, c.req.path);
  return next();
};
