/**
 * The API reference at /api/docs (issue 10): an HTML page in the caller's language that
 * loads Redoc from our own origin under a CSP of its own, and Redoc's bundle named by its
 * version, cached for good. Neither reads the store.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHarness } from '../support/harness.ts';
import { API_DOCS_CSP } from '#web/api-docs/api-docs-csp.ts';
import { REDOC_BUNDLE_FILE, REDOC_BUNDLE_PATH, REDOC_PACKAGE_FILE, REDOCLY_CDN_LOGO } from '#web/api-docs/redoc-bundle.ts';
import { copyPackageFiles } from '../../infra/constructs/bundling.ts';
import { WEB_PACKAGE_FILES } from '../../infra/tandem-stack.ts';
import { IMMUTABLE } from '#web/assets/asset-paths.ts';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('GET /api/docs', () => {
  it('answers the reference page: HTML, its own CSP, Redoc pointed at the document, no store read', async () => {
    const h = await makeHarness();
    h.calls.reset();
    const res = await h.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(h.calls.total.calls).toBe(0);

    const csp = res.headers.get('content-security-policy');
    expect(csp).toBe(API_DOCS_CSP);
    const policy = directives(csp!);
    // Scripts from our origin only: no eval, no inline script, no CDN.
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(['blob:']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|https?:/);

    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain('<title>API reference');
    expect(html).toContain('<redoc spec-url="/api/openapi.json" lang="en"></redoc>');
    expect(html).toContain(`<script src="${REDOC_BUNDLE_PATH}"></script>`);
    expect(html).toContain('<a href="/">Back to Tandem</a>');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
  });

  it('speaks the language asked for, in every catalog string (the pseudo-locale shows none missed)', async () => {
    const h = await makeHarness();
    const french = await (await h.app.request('/api/docs?lang=fr')).text();
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('Référence de l’API');
    expect(french).toContain('Retour à Tandem');
    const russian = await (await h.app.request('/api/docs?lang=ru')).text();
    expect(russian).toContain('Справочник по API');

    const pseudo = await (await h.app.request('/api/docs?lang=en-XA')).text();
    const main = pseudo.slice(pseudo.indexOf('<main'), pseudo.indexOf('<redoc'));
    const words = main.replace(/<[^>]+>/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];
    expect(words).toEqual([]);
  });
});

describe("Redoc's bundle", () => {
  it('answers the pinned package\'s bundle as JavaScript, immutable, with no store read', async () => {
    const h = await makeHarness();
    h.calls.reset();
    const res = await h.app.request(REDOC_BUNDLE_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    const { version } = createRequire(import.meta.url)('redoc/package.json') as { version: string };
    expect(REDOC_BUNDLE_PATH).toBe(`/assets/redoc-${version}.standalone.js`);
    const body = await res.text();
    expect(body.length).toBeGreaterThan(500_000);
    expect(body).toContain(`"${version}"`);
    // Its one fetch from elsewhere (Redocly's logo) is pointed at nothing: the reader's browser contacts no third party.
    expect(body).not.toContain(REDOCLY_CDN_LOGO);
    expect(body).not.toContain('cdn.redoc.ly');
    expect(h.calls.total.calls).toBe(0);
  });

  it('answers 404 for another version\'s name, never other bytes under it', async () => {
    const h = await makeHarness();
    const res = await h.app.request('/assets/redoc-0.0.1.standalone.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).not.toBe(IMMUTABLE);
  });
});

describe("the web function's asset", () => {
  it('carries the files the reference reads, where Node finds them from any chunk', async () => {
    expect([...WEB_PACKAGE_FILES].sort()).toEqual([REDOC_BUNDLE_FILE, REDOC_PACKAGE_FILE].sort());
    const asset = await mkdtemp(join(tmpdir(), 'tandem-asset-'));
    copyPackageFiles(WEB_PACKAGE_FILES, asset);
    // As from a chunk of the deployed bundle (`chunks/<name>.mjs` beside `index.mjs`).
    const fromChunk = createRequire(join(asset, 'chunks', 'feature.mjs'));
    const found = fromChunk.resolve(REDOC_BUNDLE_FILE);
    expect(found).toBe(join(asset, 'node_modules', REDOC_BUNDLE_FILE));
    expect((await readFile(found, 'utf8')).length).toBeGreaterThan(500_000);
    expect((fromChunk(REDOC_PACKAGE_FILE) as { version: string }).version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
