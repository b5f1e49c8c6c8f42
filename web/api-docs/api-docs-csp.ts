/**
 * The API reference page's own Content-Security-Policy: the app's (web/app.tsx) with exactly
 * two additions that Redoc's standalone bundle needs, checked in a browser
 * (test/e2e/api-docs.e2e.test.ts fails on any CSP violation):
 * - `style-src 'unsafe-inline'`: Redoc styles its components with styled-components, which
 *   writes `<style>` elements at run time, and React sets `style` attributes. The bundle offers
 *   no nonce we could hand it without an inline script. Styles cannot run code.
 * - `worker-src blob:`: the search box runs in a Web Worker that the bundle builds from a Blob
 *   of its own code (no request leaves the page).
 * Scripts stay 'self' only: no 'unsafe-eval', no 'unsafe-inline' script. The document is
 * fetched from the same origin (`connect-src 'self'`).
 */
export const API_DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "worker-src blob:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
