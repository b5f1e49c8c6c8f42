/** The request budget's rows for app (test/support/route-budget.ts orders them). */
import { FAVICON_PATH, STYLES_PATH, STYLES_ROUTE } from '#web/assets/asset-paths.ts';
import { REDOC_BUNDLE_PATH, REDOC_BUNDLE_ROUTE } from '#web/api-docs/redoc-bundle.ts';
import type { GetRoute } from './kit.ts';

/** The local outbox, the stylesheet, favicon and scripts, the OpenAPI document and the API reference. */
export const assetAndDocumentRows: GetRoute[] = [
  { route: '/dev/outbox', path: () => '/dev/outbox', note: 'local mode only' },
  { route: STYLES_ROUTE, path: () => STYLES_PATH },
  { route: FAVICON_PATH, path: () => FAVICON_PATH },
  { route: '/assets/:script{[a-z-]+\\.js}', path: () => '/assets/time-zone.js', note: 'the sign-in page\'s script' },
  { route: '/assets/:script{[a-z-]+\\.js}', path: () => '/assets/checklist-filter.js', note: 'the settings page\'s script' },
  { route: '/api/openapi.json', path: () => '/api/openapi.json' },
  // The API reference (issue 10): no store read.
  { route: '/api/docs', path: () => '/api/docs', note: 'the reference page' },
  { route: REDOC_BUNDLE_ROUTE, path: () => REDOC_BUNDLE_PATH, note: 'Redoc\'s bundle' },
];

/** The local outbox through the API. */
export const localApiRows: GetRoute[] = [
  { route: '/api/dev/outbox', path: () => '/api/dev/outbox', note: 'local mode only' },
];
