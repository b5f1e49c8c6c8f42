/**
 * Redoc's standalone bundle (the `redoc` package, pinned exactly in package.json), served from
 * our own origin: the CSP allows scripts from 'self' only, and neither the app nor CI reaches a CDN.
 * The file is found by Node's module resolution from this module, so the same code reads it from
 * node_modules locally and from the function's asset on AWS, where infra/constructs/bundling.ts
 * copies it beside the bundle (`node_modules/redoc/`). Read once per process, on the first request
 * for the reference: 1.1 MB that no other route loads.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The bundle's file inside the package, as bundling.ts copies it. */
export const REDOC_BUNDLE_FILE = 'redoc/bundles/redoc.standalone.js';
export const REDOC_PACKAGE_FILE = 'redoc/package.json';

const resolve = createRequire(import.meta.url).resolve;

/** The pinned version names the file: a new version is a new address, so browsers may keep it for good. */
export const REDOC_VERSION: string = (createRequire(import.meta.url)(REDOC_PACKAGE_FILE) as { version: string }).version;
export const REDOC_BUNDLE_PATH = `/assets/redoc-${REDOC_VERSION}.standalone.js`;
/** The route matches any version's name; only the current one answers 200 (an old page gets a 404, never other bytes). */
export const REDOC_BUNDLE_ROUTE = '/assets/:bundle{redoc-[0-9a-z.-]+\\.standalone\\.js}';

/**
 * The one thing the bundle would fetch from elsewhere: Redocly's logo beside "API docs by
 * Redocly" in the sidebar, from their CDN. A reader's browser must not tell a third party
 * that it reads our reference (and the CSP would block it, reporting a violation). Pointed
 * at an empty data URL, the image fails to load and Redoc's own error handler removes it;
 * the credit's text and link stay.
 */
export const REDOCLY_CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const NO_IMAGE = 'data:,';

let bundle: Promise<string> | undefined;

/** The bundle's text; a failed read is tried again by the next request. */
export function redocBundle(): Promise<string> {
  bundle ??= readFile(resolve(REDOC_BUNDLE_FILE), 'utf8').then((text) => text.replaceAll(REDOCLY_CDN_LOGO, NO_IMAGE)).catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}
