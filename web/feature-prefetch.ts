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
 * Which feature: inside the app, the first of the request's matched routes
 * that a feature mounted (its router has matched them already); before the app
 * exists, the first feature, in mounting order, that declares a route matching
 * the method and path (web/feature-routes.ts), as the app's router would pick
 * it. A wrong guess only loads a chunk early; it answers nothing.
 */
// Hono's LinearRouter, for the guess before the app exists: built and asked once, on a cold Lambda's
// first event, so no compiling of the 197 routes into patterns first. PatternRouter took 6.5–7.8 ms of
// a fresh process to build and match here, LinearRouter 1.8 ms.
import { LinearRouter } from 'hono/router/linear-router';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { FEATURE_ROUTES, type FeatureName } from './feature-routes.ts';
import { FEATURES } from './features.ts';
import { featureOfHandler, splitRouteKey, type FeatureLoaders } from './lazy-features.ts';
import { warmIntlOnce } from './intl-warm-up.ts';

export interface FeaturePrefetch {
  /** Before the app exists (a cold Lambda's first event): the feature guessed from the method and path alone. */
  (method: string, path: string): void;
  /** Inside the app: the feature its own router matched for the request (`undefined`: none). */
  start(name: FeatureName | undefined, method: string, path: string): void;
  /** Every feature has been asked for, and ICU started: nothing left to do in this process. */
  readonly finished: boolean;
}

export function featurePrefetch(loaders: FeatureLoaders, warmIntl: () => void = warmIntlOnce): FeaturePrefetch {
  const started = new Set<FeatureName>();
  const names = Object.keys(loaders) as FeatureName[];
  let router: LinearRouter<FeatureName> | undefined;
  const routerOf = () => {
    if (router) return router;
    router = new LinearRouter<FeatureName>();
    for (const name of names) {
      for (const key of FEATURE_ROUTES[name]) {
        const { method, path } = splitRouteKey(key);
        router.add(method, path, name);
      }
    }
    return router;
  };
  let pageSeen = false;
  const finished = () => started.size === names.length && pageSeen;
  const start = (name: FeatureName | undefined, method: string, path: string) => {
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
  const guess = (method: string, path: string) => {
    // Once every feature has been asked for, the container has them all: nothing left to start.
    if (finished()) return;
    start(routerOf().match(method === 'HEAD' ? 'GET' : method, path)[0][0]?.[0], method, path);
  };
  return Object.defineProperties(guess, {
    start: { value: start },
    finished: { get: finished },
  }) as FeaturePrefetch;
}

/** The first of a request's matched routes that is a feature's (lazily mounted) route: the feature that answers. */
export const featureMatched = (c: Context): FeatureName | undefined => {
  for (const route of matchedRoutes(c)) {
    const name = featureOfHandler(route.handler);
    if (name) return name;
  }
  return undefined;
};

/**
 * The app's features, one prefetch for the process: the Lambda entry calls it until the app
 * exists (its secret is on the way), the app's middleware on every request after that.
 */
export const prefetchFeature: FeaturePrefetch = featurePrefetch(FEATURES);

/**
 * The prefetch as the app's middleware: before the session's read, so the two overlap. The app's
 * router has already matched the request, so its routes name the feature: no second router asked
 * on every request (LinearRouter matches in 24–115 µs a request, the matched routes' list in under 1).
 */
export const prefetchMiddleware = (prefetch: FeaturePrefetch): MiddlewareHandler => (c, next) => {
  if (!prefetch.finished) prefetch.start(featureMatched(c), c.req.method, c.req.path);
  return next();
};

export const prefetchFeatures: MiddlewareHandler = prefetchMiddleware(prefetchFeature);
