/**
 * Catalogs load on first use (issue 14, cold start): English is there from the
 * start; another language only once something asks for it, and a translator
 * for a language not loaded is refused rather than silently answering in English.
 */
import { describe, expect, it, vi } from 'vitest';

/** catalog.ts and translator.ts as a fresh process sees them, before any language was loaded. */
async function fresh() {
  vi.resetModules();
  const catalog = await import('#shared/i18n/catalog.ts');
  const { translatorFor } = await import('#shared/i18n/translator.ts');
  return { ...catalog, translatorFor };
}

describe('catalogs, loaded per language', () => {
  it('has English at start and no other language', async () => {
    const { isCatalogLoaded, translatorFor } = await fresh();
    expect(isCatalogLoaded('en')).toBe(true);
    expect(isCatalogLoaded('en-XA')).toBe(true);
    for (const language of ['fr', 'es', 'ru'] as const) expect(isCatalogLoaded(language)).toBe(false);
    expect(translatorFor('en').t('common.layout.description')).toMatch(/^Tandem/);
  });

  it('refuses a translator for a language not loaded, then translates once it is, loading only that one', async () => {
    const { isCatalogLoaded, loadCatalog, translatorFor } = await fresh();
    expect(() => translatorFor('ru')).toThrow(/ru catalog is not loaded/);
    await Promise.all([loadCatalog('ru'), loadCatalog('ru')]);
    expect(translatorFor('ru').t('common.layout.description')).toMatch(/^Tandem объединяет/);
    expect(isCatalogLoaded('fr')).toBe(false);
    expect(isCatalogLoaded('es')).toBe(false);
  });

  it('loads the request’s language in the web middleware: a page in Spanish with nothing loaded before', async () => {
    const { isCatalogLoaded } = await fresh();
    const { Hono } = await import('hono');
    const { detectLanguage } = await import('./middleware.ts');
    const app = new Hono<import('../env.ts').AppEnv>();
    app.use(detectLanguage());
    app.get('/', (c) => c.text(c.get('i18n').t('common.layout.description')));
    const answer = await app.request('/', { headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    expect(await answer.text()).toMatch(/^Tandem/);
    expect(answer.headers.get('content-language')).toBe('es');
    expect(isCatalogLoaded('es')).toBe(true);
    expect(isCatalogLoaded('fr')).toBe(false);
  });
});
