/**
 * Page weight (issue 14): the stylesheet named by its content hash and cached
 * for good, the favicon with a long cache, a translated meta description on
 * the public pages, gzip for pages and CSS where the app compresses (the
 * local server; on AWS API Gateway does), and signed-in answers still
 * `private, no-store` whatever an asset route says.
 */
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createApp } from '#web/app.tsx';
import { STYLES } from '#web/assets/styles.ts';
import { FAVICON_PATH, STYLES_PATH } from '#web/assets/asset-paths.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';

// These tests translate into every language directly, as a job does once it has loaded them.
beforeAll(loadAllCatalogs);

let h: Harness;
beforeAll(async () => { h = await makeHarness(); });

describe('the stylesheet', () => {
  it('is named by the hash of its bytes and cached as immutable for a year', async () => {
    expect(STYLES_PATH).toBe(`/assets/app.${createHash('sha256').update(STYLES).digest('hex').slice(0, 12)}.css`);
    const res = await h.app.request(STYLES_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(STYLES);
  });

  it('answers 404 under any other hash, and the old unhashed name is gone', async () => {
    expect((await h.app.request('/assets/app.000000000000.css')).status).toBe(404);
    expect((await h.app.request('/assets/app.css')).status).toBe(404);
  });

  it('is what every page links to', async () => {
    const page = await (await h.app.request('/sign-in')).text();
    expect(page).toContain(`<link rel="stylesheet" href="${STYLES_PATH}"/>`);
  });
});

describe('the favicon', () => {
  it('is an SVG with a long cache, linked from every page', async () => {
    const res = await h.app.request(FAVICON_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000');
    expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(await (await h.app.request('/')).text()).toContain(`<link rel="icon" href="${FAVICON_PATH}" type="image/svg+xml"/>`);
  });
});

describe('signed-in answers', () => {
  it('stay private, no-store on asset routes too (nothing a member is sent is shared-cacheable)', async () => {
    const cookie = await h.signIn(await h.addMember('mp'));
    for (const path of [STYLES_PATH, FAVICON_PATH]) {
      expect((await h.app.request(path, { headers: { cookie } })).headers.get('cache-control')).toBe('private, no-store');
    }
  });
});

describe('meta description', () => {
  it('describes the public pages in the page language, in every language', async () => {
    for (const language of UI_LANGUAGES) {
      const expected = translatorFor(language).t('common.layout.description');
      for (const path of ['/', '/sign-in', '/join']) {
        const page = await (await h.app.request(`${path}?lang=${language}`)).text();
        const escaped = expected.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
        expect(page, `${path} in ${language}`).toContain(`<meta name="description" content="${escaped}"/>`);
      }
    }
    const descriptions = UI_LANGUAGES.map((l) => translatorFor(l).t('common.layout.description'));
    expect(new Set(descriptions).size).toBe(UI_LANGUAGES.length);
  });
});

describe('compression where the app compresses (the local server)', () => {
  it('gzips pages and the stylesheet for clients that accept it, and only for them', async () => {
    const app = createApp({ ...h.deps, compressAnswers: true });
    for (const path of ['/sign-in', STYLES_PATH]) {
      const plain = await app.request(path);
      expect(plain.headers.get('content-encoding'), path).toBeNull();
      const plainBytes = Buffer.from(await plain.arrayBuffer());
      const zipped = await app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(zipped.headers.get('content-encoding'), path).toBe('gzip');
      expect(zipped.headers.get('vary'), path).toMatch(/accept-encoding/i);
      const zippedBytes = Buffer.from(await zipped.arrayBuffer());
      expect(zippedBytes.length, path).toBeLessThan(plainBytes.length * 0.7);
      expect(gunzipSync(zippedBytes).equals(plainBytes), path).toBe(true);
    }
  });

  it('is not done by the Lambda build (API Gateway compresses there)', async () => {
    const res = await h.app.request('/sign-in', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
