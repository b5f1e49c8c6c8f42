/**
 * The API reference page and Redoc's bundle. Neither reads the store (0 DynamoDB calls) nor
 * depends on who asks: the reference describes the API, the answers still decide per caller.
 */
import { Hono } from 'hono';
import { NotFoundError } from '#shared/errors/index.ts';
import type { AppEnv } from '../env.ts';
import { IMMUTABLE } from '../assets/asset-paths.ts';
import { API_DOCS_CSP } from './api-docs-csp.ts';
import { ApiDocsPage } from './api-docs-page.tsx';
import { REDOC_BUNDLE_PATH, REDOC_BUNDLE_ROUTE, redocBundle } from './redoc-bundle.ts';

export function apiDocsRoutes() {
  const app = new Hono<AppEnv>();

  // The app's CSP middleware keeps a route's own (web/app.tsx: overwrite false).
  app.get('/api/docs', (c) => {
    c.header('Content-Security-Policy', API_DOCS_CSP);
    return c.html(<ApiDocsPage />);
  });

  // Named by the pinned version (an older name is a 404, never other bytes under it), so cached for good.
  app.get(REDOC_BUNDLE_ROUTE, async (c) => {
    if (c.req.path !== REDOC_BUNDLE_PATH) throw new NotFoundError('script');
    return c.body(await redocBundle(), 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': IMMUTABLE });
  });

  return app;
}
