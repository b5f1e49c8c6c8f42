/**
 * The features' routes, mounted so that a request loads only the feature
 * that answers it. Each feature's routes (method and path, in the order the
 * feature declares them) are listed in web/feature-routes.ts, generated from
 * the features themselves (`npm run routes:list`; web/feature-routes.test.ts
 * fails when the list and the features disagree). Each listed route gets, in
 * the app, a handler that imports its feature on first use (a chunk of its own
 * in the Lambda bundle), builds it once, and runs that route's own handlers on
 * the same request context. Same paths, same order, same handlers as
 * `app.route('/', feature(deps))`, so the router, the middleware before the
 * routes and the error handler behave exactly as with eager mounting; a cold
 * start on /api/cases no longer evaluates the pages, schemas and libraries of
 * the fifteen other features.
 */
import type { Hono, Handler, MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import type { AppEnv, WebDeps } from './env.ts';
import { FEATURE_ROUTES, type FeatureName } from './feature-routes.ts';

export type FeatureFactory = (deps: WebDeps) => Hono<AppEnv>;

/** How to load each feature, in mounting order (which decides between overlapping paths). */
export type FeatureLoaders = Record<FeatureName, () => Promise<FeatureFactory>>;

/** `METHOD path`, how a route is named in web/feature-routes.ts. */
export const routeKey = (method: string, path: string): string => `${method} ${path}`;

/** The method and path a `METHOD path` key names. */
export function splitRouteKey(key: string): { method: string; path: string } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space), path: key.slice(space + 1) };
}

/** Every route of a built feature, its handlers grouped by `METHOD path` in declaration order. */
export function routesOf(feature: Hono<AppEnv>): Map<string, Handler[]> {
  const routes = new Map<string, Handler[]>();
  for (const r of feature.routes) {
    const key = routeKey(r.method, r.path);
    routes.set(key, [...(routes.get(key) ?? []), r.handler as Handler]);
  }
  return routes;
}

/** Each route's handlers as one middleware, composed once per feature rather than on every request. */
const composed = (routes: Map<string, Handler[]>) =>
  new Map<string, MiddlewareHandler<AppEnv>>(
    [...routes].map(([key, handlers]) => [key, every(...(handlers as MiddlewareHandler<AppEnv>[])) as MiddlewareHandler<AppEnv>]),
  );

/** Each route handler mountLazily made, and the feature it loads: how a request's matched routes name their feature (web/feature-prefetch.ts). */
const lazyHandlers = new WeakMap<object, FeatureName>();

/** The feature a handler mounted by {@link mountLazily} answers for, or undefined for any other handler. */
export const featureOfHandler = (handler: object): FeatureName | undefined => lazyHandlers.get(handler);

export function mountLazily(app: Hono<AppEnv>, deps: WebDeps, loaders: FeatureLoaders): void {
  for (const [name, load] of Object.entries(loaders) as [FeatureName, FeatureLoaders[FeatureName]][]) {
    let built: Promise<Map<string, MiddlewareHandler<AppEnv>>> | undefined;
    // One build per app, each route's handlers composed once (hono/combine's `every` runs them as the
    // router would, each seeing this route's parameters); a failed import is tried again by the next request.
    const routes = () =>
      (built ??= load().then((factory) => composed(routesOf(factory(deps)))).catch((error: unknown) => {
        built = undefined;
        throw error;
      }));
    for (const key of FEATURE_ROUTES[name]) {
      const { method, path } = splitRouteKey(key);
      const lazy: MiddlewareHandler<AppEnv> = async (c, next) => {
        const handler = (await routes()).get(key);
        if (!handler) throw new Error(`web/feature-routes.ts lists ${key} for ${name}, which no longer declares it: npm run routes:list`);
        await handler(c, next);
        return c.finalized ? c.res : undefined;
      };
      lazyHandlers.set(lazy, name);
      app.on(method, path, lazy);
    }
  }
}
