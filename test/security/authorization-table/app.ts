/** The authorization matrix's rows for app (test/security/authorization-table.ts orders them). */
import { FAVICON_PATH, STYLES_PATH, STYLES_ROUTE } from '#web/assets/asset-paths.ts';
import { REDOC_BUNDLE_PATH, REDOC_BUNDLE_ROUTE } from '#web/api-docs/redoc-bundle.ts';
import { type Row, all } from './kit.ts';

/** The stylesheet, favicon, scripts, the OpenAPI document and the API reference. */
export const assetAndDocumentRows: Row[] = [
  { method: 'GET', route: STYLES_ROUTE, expect: all(200), call: () => ({ path: STYLES_PATH }) },
  { method: 'GET', route: FAVICON_PATH, expect: all(200) },
  { method: 'GET', route: '/assets/:script{[a-z-]+\\.js}', expect: all(200), call: () => ({ path: '/assets/time-zone.js' }) },
  { method: 'GET', route: '/api/openapi.json', expect: all(200) },
  // The API reference (issue 10): the same page and bundle for everyone.
  { method: 'GET', route: '/api/docs', expect: all(200) },
  { method: 'GET', route: REDOC_BUNDLE_ROUTE, expect: all(200), call: () => ({ path: REDOC_BUNDLE_PATH }) },
];

/** The local outbox. */
export const localOnlyRows: Row[] = [
  { method: 'GET', route: '/api/dev/outbox', expect: all(200) },
  { method: 'GET', route: '/dev/outbox', expect: all(200) },

];
