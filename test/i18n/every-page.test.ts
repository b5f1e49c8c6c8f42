/**
 * Every page of the authorization matrix, for every caller, in fr, es, ru and
 * the pseudo-locale en-XA (issue 17's "Done when"). The pages are the app's
 * own GET routes (app.routes), called the way the matrix calls them; each
 * answer that is a document (text/html) is a page, whatever its status (a
 * 404 page is read too); a problem+json answer is checked the same way.
 *
 * It fails on:
 * - `<html lang>` or Content-Language not the locale asked for (`?lang=`);
 * - text not from the catalogs (see page-check.ts for how each locale tells);
 * - an answer of 500 (a missing message throws);
 * - a catalog without every English key (key parity, shared/i18n/key-parity.ts).
 *
 * Reading a failure: one line per page and locale, `GET <route>` then each
 * offending text in «», the attribute it sits in if not a text node, and the
 * callers who were shown it. The full list of every locale is also written
 * to test/artifacts/i18n/every-page.txt.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fromAddress } from '../support/harness.ts';
import { MATRIX, ROLES, type Role, type Row } from '../security/authorization-table.ts';
import { matrixRequest, setUpMatrix, type MatrixFixture } from '../security/matrix-fixture.ts';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '#shared/i18n/pseudo.ts';
import { intlLanguageOf, PSEUDO_LOCALE, type Locale } from '#shared/i18n/languages.ts';
import { keyParityGaps } from '#shared/i18n/key-parity.ts';
import { intlWords, namesEverywhere, outboxStrings, storedStrings } from './allowed-text.ts';
import { htmlLangOf, readableTexts } from './page-text.ts';
import { textCheckerFor } from './page-check.ts';

const LOCALES: Locale[] = ['fr', 'es', 'ru', PSEUDO_LOCALE];
const REPORT = fileURLToPath(new URL('../artifacts/i18n/every-page.txt', import.meta.url));

/**
 * Documents written for someone other than the viewer: the digest email as its
 * recipient gets it. Its language is the recipient's; `<html lang>` and
 * Content-Language must still agree, and its text is checked in that language.
 */
const IN_THE_RECIPIENTS_LANGUAGE = new Set(['GET /digests/:week/email.html']);

let f: MatrixFixture;
/** The GET routes the app registers, each with the matrix row that says how to call it. */
let routes: { route: string; row: Row | undefined }[];
const findings = new Map<Locale, string[]>();

beforeAll(async () => {
  f = await setUpMatrix();
  const registered = [...new Set(f.h.app.routes.filter((r) => r.method === 'GET').map((r) => r.path))];
  routes = registered.map((route) => ({ route, row: MATRIX.find((r) => r.method === 'GET' && r.route === route) }));
}, 180_000);

const withLang = (path: string, locale: Locale) => `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;

/** Stored data changes as rows create objects (sign-in links, members): read it again when asked. */
async function dataValues(): Promise<Set<string>> {
  return new Set([...(await storedStrings(inject('dynamoEndpoint'), f.h.table)), ...outboxStrings(await f.h.outbox.list())]);
}

interface PageFinding { route: string; text: string; role: Role }

async function checkLocale(locale: Locale): Promise<{ documents: number; problems: PageFinding[] }> {
  const problems: PageFinding[] = [];
  let documents = 0;
  let data = await dataValues();
  const allowedIn = (language: Locale) => new Set([...data, ...intlWords(intlLanguageOf(language)), ...namesEverywhere()]);
  let checker = textCheckerFor(locale, allowedIn(locale));
  for (const { route, row } of routes) {
    const name = `GET ${route}`;
    if (!row) {
      problems.push({ route, text: 'no row in the authorization matrix: the page cannot be called', role: 'anonymous' });
      continue;
    }
    for (const role of ROLES) {
      const { path, init } = await matrixRequest(f, row, role);
      if (row.call) {
        // The call may have stored new data (a member signing in): allow it.
        const now = await dataValues();
        if (now.size !== data.size) {
          data = now;
          checker = textCheckerFor(locale, allowedIn(locale));
        }
      }
      const res = await f.h.app.request(withLang(path, locale), init, fromAddress(`192.0.2.${ROLES.indexOf(role) + 1}`));
      const type = res.headers.get('content-type') ?? '';
      const contentLanguage = res.headers.get('content-language');
      const requestId = res.headers.get('x-request-id') ?? '';
      const report = (text: string) => problems.push({ route, text, role });
      if (res.status >= 500) report(`answered ${res.status}`);
      if (type.startsWith('text/html')) {
        documents++;
        const html = await res.text();
        const lang = htmlLangOf(html);
        const expected = IN_THE_RECIPIENTS_LANGUAGE.has(name) ? (lang as Locale) : locale;
        if (lang !== expected) report(`<html lang="${lang}">, asked for ${expected}`);
        if (contentLanguage !== expected) report(`Content-Language: ${contentLanguage}, <html lang="${lang}">`);
        const check = expected === locale ? checker : textCheckerFor(expected, allowedIn(expected));
        for (const text of check(readableTexts(html, { open: PSEUDO_OPEN, close: PSEUDO_CLOSE }), [requestId])) report(text);
      } else if (type.startsWith('application/problem+json')) {
        const problem = (await res.json()) as { title: string; detail: string; errors?: { message: string }[] };
        if (contentLanguage !== locale) report(`problem+json with Content-Language: ${contentLanguage}`);
        const texts = [problem.title, problem.detail, ...(problem.errors ?? []).map((e) => e.message)];
        for (const text of checker(texts.map((t) => ({ text: t, where: 'problem+json', depthBefore: 0 })), [requestId])) report(text);
      }
    }
  }
  return { documents, problems };
}

/** One line per route: each offending text once, with the callers who saw it. */
function describeFindings(locale: Locale, problems: PageFinding[]): string[] {
  const byRoute = new Map<string, Map<string, Set<Role>>>();
  for (const { route, text, role } of problems) {
    const texts = byRoute.get(route) ?? new Map<string, Set<Role>>();
    texts.set(text, (texts.get(text) ?? new Set()).add(role));
    byRoute.set(route, texts);
  }
  return [...byRoute].map(([route, texts]) =>
    `[${locale}] GET ${route}\n${[...texts].map(([text, roles]) => `    ${text} — ${[...roles].join(', ')}`).join('\n')}`);
}

describe('every page in every language', () => {
  it('every catalog has every English key and no other (key parity)', () => {
    expect(keyParityGaps()).toEqual([]);
  });

  for (const locale of LOCALES) {
    it(`every page of the matrix, as every caller, in ${locale}: lang, Content-Language and only catalog text`, { timeout: 600_000 }, async () => {
      const { documents, problems } = await checkLocale(locale);
      const lines = describeFindings(locale, problems);
      findings.set(locale, lines);
      await mkdir(fileURLToPath(new URL('.', `file://${REPORT}`)), { recursive: true });
      await writeFile(REPORT, `${LOCALES.flatMap((l) => findings.get(l) ?? []).join('\n')}\n`);
      // The route list comes from the app: it must have found pages to read, or it checked nothing.
      expect(documents, 'documents rendered').toBeGreaterThan(routes.length);
      expect(lines.length, `${lines.length} pages with problems in ${locale} (of ${documents} documents over ${routes.length} GET routes × ${ROLES.length} callers):\n${lines.join('\n')}`).toBe(0);
    });
  }
});
