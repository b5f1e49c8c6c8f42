/**
 * Which language a member's page is in: the saved language wins over the
 * switcher and the browser, except the pseudo-locale, which testers ask for
 * explicitly and no one can save (so every member page can be checked in it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { htmlLangOf } from './page-text.ts';

let h: Harness;
let cookie: string;

beforeAll(async () => {
  h = await makeHarness();
  // The saved language as the settings page stores it (`uiLanguage` on the member).
  cookie = await h.signIn(await h.addMember('mp', { uiLanguage: 'ru' } as Partial<Member>));
});

const langOf = async (path: string, headers: Record<string, string> = {}) => {
  const res = await h.app.request(path, { headers: { cookie, ...headers } });
  return { html: htmlLangOf(await res.text()), header: res.headers.get('content-language') };
};

describe('a member who saved Russian', () => {
  it('gets Russian whatever the browser or the switcher says', async () => {
    expect(await langOf('/cases', { 'accept-language': 'fr-FR,fr;q=0.9' })).toEqual({ html: 'ru', header: 'ru' });
    expect(await langOf('/cases?lang=es')).toEqual({ html: 'ru', header: 'ru' });
  });

  it('gets the pseudo-locale when asking for it', async () => {
    expect(await langOf('/cases?lang=en-XA')).toEqual({ html: 'en-XA', header: 'en-XA' });
  });
});

describe('an anonymous visitor', () => {
  it('with a French browser gets French', async () => {
    const res = await h.app.request('/cases', { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } });
    expect({ html: htmlLangOf(await res.text()), header: res.headers.get('content-language') }).toEqual({ html: 'fr', header: 'fr' });
  });
});
