/**
 * The switcher's addresses, read from the request's URL once per page: each must stay what the URL
 * API gives when it sets or deletes `lang` (other parameters kept, their order and encoding too).
 */
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { contextStorage } from 'hono/context-storage';
import { ANONYMOUS } from '#shared/domain/member.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import type { AppEnv } from '../env.ts';
import { LanguageSwitcher } from './language-switcher.tsx';

const member = { kind: 'member', id: 'm1', email: 'm@example.org', name: 'M', role: 'mp' } as const;

async function switcherAt(path: string, viewer: AppEnv['Variables']['viewer']): Promise<string> {
  const app = new Hono<AppEnv>();
  app.use(contextStorage());
  app.get('*', (c) => {
    c.set('i18n', translatorFor('en'));
    c.set('viewer', viewer);
    return c.html(<LanguageSwitcher />);
  });
  return (await app.request(path)).text();
}

/** What the URL API makes of the address: `lang` set for a visitor's link, deleted for a member's way back. */
function expected(path: string, language: string | undefined): string {
  const url = new URL(path, 'http://localhost');
  if (language) url.searchParams.set('lang', language);
  else url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`.replaceAll('&', '&amp;');
}

const PATHS = ['/cases', '/cases?country=CO', '/cases?lang=fr', '/cases?status=detained&lang=es&theme=journalism', '/cases?q=a+b%C3%A9&x', '/cases?', '/cases?lang=ru&lang=fr'];

describe('language switcher', () => {
  for (const path of PATHS) {
    it(`links a visitor on ${path} to the same page in each other language`, async () => {
      const html = await switcherAt(path, ANONYMOUS);
      for (const language of ['fr', 'es', 'ru']) expect(html).toContain(`<a href="${expected(path, language)}" hreflang="${language}"`);
    });

    it(`brings a member on ${path} back to the same page without lang`, async () => {
      const html = await switcherAt(path, member);
      expect(html.match(/name="back" value="([^"]*)"/g)).toEqual(Array(3).fill(`name="back" value="${expected(path, undefined)}"`));
    });
  }
});
