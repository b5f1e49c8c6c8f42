/**
 * The digest pages (preview, send, runs, unsubscribe) speak the reader's
 * language: in the pseudo-locale every word on them comes from a catalog
 * (a plain English word left over is a string that bypassed it), `lang`
 * matches, and in Russian the send page counts with the right plural. The
 * email framed in the preview keeps the member's language and says so.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { unsubscribeToken } from '#shared/digests/unsubscribe-token.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { WEEK, duringReportedWeek, runWeek, setPreferences } from '../support/digest.ts';

let h: Harness;
let coordinator: Member;
let mp: Member;
let asCoordinator: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  mp = await h.addMember('mp');
  asCoordinator = await h.signIn(coordinator);
  await setPreferences(h, mp, { countries: ['CO'], language: 'fr' });
  await duringReportedWeek(h, () => h.createCase(asCoordinator, { country: 'CO', defenderName: 'Rosa Preview' }));
});

/** The words of <main> a reader sees, less the data (names, addresses, weeks, dates) and less what is in the member's language. */
function strayWords(page: string, data: string[]): string[] {
  let main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
  main = main.replace(/<(h2|pre|option)\b[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
  main = main.replace(/⟦[^⟧]*⟧/g, ' ');
  for (const d of data) main = main.split(d).join(' ');
  main = main.replace(/\b\d{4}-W\d{2}\b|\S+@\S+/g, ' ').replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM|UTC)\b/g, ' ');
  return main.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('the digest pages in the pseudo-locale show only catalog words', () => {
  it('preview, send, runs and unsubscribe', async () => {
    await runWeek(h);
    const pages = [
      `/digests/${WEEK}?member=${mp.id}&lang=en-XA`,
      `/digests/${WEEK}/send?lang=en-XA`,
      `/digest-runs?lang=en-XA`,
      `/unsubscribe/${unsubscribeToken(h.deps.secret, mp.id)}?lang=en-XA`,
    ];
    for (const url of pages) {
      const res = await h.app.request(url, { headers: { cookie: asCoordinator } });
      const html = await res.text();
      expect(res.status, url).toBe(200);
      expect(html, url).toContain('<html lang="en-XA"');
      expect(strayWords(html, [coordinator.name, mp.name, 'Tandem']), url).toEqual([]);
    }
  });

  it('the preview marks the framed email as the member\'s language', async () => {
    const html = await (await h.app.request(`/digests/${WEEK}?member=${mp.id}&lang=ru`, { headers: { cookie: asCoordinator } })).text();
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain('<h2 lang="fr">Tandem\u00a0: synthèse hebdomadaire · 2026-W48</h2>');
    expect(html).toContain('Кому: ');
    expect(html).toContain('Français');
  });
});

describe('the send page counts in Russian', () => {
  it('"Её получат 2 участника" (the MP and the coordinator) and the button "Отправить 2 участникам сейчас"', async () => {
    const html = await (await h.app.request(`/digests/${WEEK}/send?lang=ru`, { headers: { cookie: asCoordinator } })).text();
    expect(html).toContain('<strong>Её получат 2 участника</strong>');
    expect(html).toContain('Отправить 2 участникам сейчас');
    expect(html).not.toContain('г..');
  });
});
