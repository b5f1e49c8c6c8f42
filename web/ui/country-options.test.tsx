/**
 * The country options are rendered once per language and reused: what a page shows must stay what
 * rendering every option as JSX on every request showed (same order, names, escaping, selection).
 */
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { contextStorage } from 'hono/context-storage';
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import type { UiLanguage } from '#shared/i18n/languages.ts';
import type { AppEnv } from '../env.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { CountryOptions } from './country-options.tsx';

/** Every option as its own JSX element, named and collated on the spot: the rendering before the cache. */
function OptionsEachTime(props: { codes: Iterable<string>; selected?: string }) {
  const { country, language } = useTranslator();
  const collator = new Intl.Collator(language);
  const named = [...props.codes].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  return <>{named.map((c) => <option value={c.code} selected={c.code === props.selected}>{c.name}</option>)}</>;
}

async function renderIn(language: UiLanguage, select: (selected?: string) => unknown, selected?: string): Promise<string> {
  await loadCatalog(language);
  const app = new Hono<AppEnv>();
  app.use(contextStorage());
  app.get('/', (c) => {
    c.set('i18n', translatorFor(language));
    return c.html(<select>{select(selected)}</select>);
  });
  return (await app.request('/')).text();
}

describe('country options', () => {
  const cached = (selected?: string) => <CountryOptions codes={COUNTRY_CODES} selected={selected} />;
  const eachTime = (selected?: string) => <OptionsEachTime codes={COUNTRY_CODES} selected={selected} />;

  for (const language of ['en', 'fr', 'es', 'ru'] as const) {
    it(`renders as each option rendered every time, in ${language}: none selected, one selected, an unknown code`, async () => {
      for (const selected of [undefined, '', 'CO', 'ZW', 'AF', 'XX', '<b>']) {
        const expected = await renderIn(language, eachTime, selected);
        expect(await renderIn(language, cached, selected)).toBe(expected);
      }
      // Rendered again from the cache, with another selection in between: unchanged.
      expect(await renderIn(language, cached, 'CO')).toBe(await renderIn(language, eachTime, 'CO'));
      expect(await renderIn(language, cached)).toBe(await renderIn(language, eachTime));
    });
  }

  it('selects exactly one option, the one asked for', async () => {
    const html = await renderIn('fr', cached, 'CO');
    expect(html.match(/selected/g)).toHaveLength(1);
    expect(html).toContain('<option value="CO" selected="">Colombie</option>');
  });
});
