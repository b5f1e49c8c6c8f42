/**
 * The one Hono app: JSON API under /api, server-rendered pages elsewhere.
 * Lambda and the local server both serve exactly this; only the deps differ.
 *
 * @example
 *   const app = createApp({ store, mailer, clock, appUrl, secret, log });
 *   await app.request('/api/cases');
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { contextStorage } from 'hono/context-storage';
import { NotFoundError, PayloadTooLargeError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from './env.ts';
import { problemHandler } from './middleware/problem.tsx';
import { requestLog } from './middleware/request-log.ts';
import { session } from './middleware/session.ts';
import { applyMemberLanguage, detectLanguage } from './i18n/middleware.ts';
import { csrf } from './middleware/csrf.ts';
import { privateAnswers } from './middleware/private-answers.ts';
import { MAX_BODY_BYTES } from './middleware/json-body.ts';
import { FEATURES } from './features.ts';
import { mountLazily } from './lazy-features.ts';
import { prefetchFeatures } from './feature-prefetch.ts';
import { STYLES } from './assets/styles.ts';
import { FAVICON_CACHE, FAVICON_PATH, FAVICON_SVG, IMMUTABLE, STYLES_PATH, STYLES_ROUTE } from './assets/asset-paths.ts';
import { SCRIPTS } from './assets/scripts.ts';

/** Paths whose routes limit their bodies themselves: spreadsheet imports and attachment uploads through the function (the pages send files straight to the store). */
const OWN_BODY_LIMIT = /^\/(?:api\/)?(?:imports(?:\/|$)|cases\/[^/]+\/attachments$)/;
/** Methods that carry no body, so the general limit has nothing to measure. */
const WITHOUT_BODY = new Set(['GET', 'HEAD']);

export function createApp(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Outermost, so it compresses the answer every other middleware has finished with.
  if (deps.compressAnswers) {
    const gzip = compress();
    // Vary said before the answer is made: compress() would otherwise add it afterwards with c.header(),
    // which rebuilds every answer, compressed or not (a client that accepts no encoding included).
    app.use((c, next) => {
      c.header('Vary', 'Accept-Encoding');
      // A client that accepts no encoding gets the answer as made: compress() would still inspect every answer for it.
      return c.req.header('accept-encoding') === undefined ? next() : gzip(c, next);
    });
  }

  // The meter's scope encloses everything, so the request log line can carry its counts.
  // First: the request's context is reachable from any component (the translator: useTranslator()).
  app.use(contextStorage());
  const meter = deps.meter;
  if (meter) app.use((_c, next) => meter.scope(next));
  app.use(requestLog(deps.log, meter));
  // The answering feature starts loading now, while the session is read (web/feature-prefetch.ts).
  app.use(prefetchFeatures);
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        // The upload form posts the file straight to the file store (S3, or its local stand-in).
        formAction: ["'self'", ...(deps.files?.direct ? [deps.files.direct.uploadOrigin] : [])], frameAncestors: ["'none'"], baseUri: ["'none'"], objectSrc: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      // A route's own choice stands (the calendar feed's and the unsubscribe page's no-referrer, the email preview's CSP).
      overwrite: false,
    }),
  );
  app.use(privateAnswers());
  app.use(detectLanguage());
  const generalBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new PayloadTooLargeError(`Bodies are limited to ${MAX_BODY_BYTES / 1024} KiB.`, { wording: { key: 'app.request.tooLarge', values: { kib: MAX_BODY_BYTES / 1024 } } });
    },
  });
  // Spreadsheet imports and attachment uploads set their own, larger limits on their routes
  // (web/imports/upload.ts, web/attachments/upload-form.ts).
  // A GET or HEAD has no body to limit: looking for one would build the full fetch Request on the local server.
  app.use((c, next) => (WITHOUT_BODY.has(c.req.method) || OWN_BODY_LIMIT.test(c.req.path) ? next() : generalBodyLimit(c, next)));
  app.use(csrf(deps.appUrl));
  app.use(session(deps));
  app.use(applyMemberLanguage());

  // Named by its content hash (an older name is a 404, never new bytes under an old name), so cached for good.
  app.get(STYLES_ROUTE, (c) => {
    if (c.req.path !== STYLES_PATH) throw new NotFoundError('stylesheet');
    return c.body(STYLES, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': IMMUTABLE });
  });
  app.get(FAVICON_PATH, (c) => c.body(FAVICON_SVG, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': FAVICON_CACHE }));
  app.get('/assets/:script{[a-z-]+\\.js}', (c) => {
    const script = SCRIPTS[c.req.param('script')];
    if (!script) throw new NotFoundError('script');
    return c.body(script, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
  });
  // Imported on request: the document reads every feature's schemas, which a cold start does not need.
  app.get('/api/openapi.json', async (c) => c.json((await import('./openapi/openapi.ts')).openApiDocument(deps.appUrl)));
  // Each feature mounts its API (under /api) and its pages, loaded by the first request that
  // needs it (web/lazy-features.ts); web/features.ts lists them in mounting order.
  mountLazily(app, deps, FEATURES);
  deps.localRoutes?.(app);

  app.notFound(() => {
    throw new NotFoundError('page');
  });
  app.onError(problemHandler(deps.log));
  return app;
}
