import { describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../test/support/xss-payloads.ts';
import { composeDigest } from './compose.ts';
import { DEFAULT_PREFERENCES } from './preferences.ts';
import { digestEmail, renderDigest } from './render.ts';
import { DURING, WINDOW, defenderCase, event, hearing, inputs, member } from './testing/fixtures.ts';

const APP = 'https://tandem.example.org';
const UNSUBSCRIBE = `${APP}/unsubscribe/abc.def`;

function sample(defenderName = 'Ana Lucía Restrepo') {
  const mp = member('mp', { name: 'Maren Olsen' });
  const c = defenderCase({ defenderName, createdAt: DURING, riskStatus: 'detained' });
  const data = inputs([c], { events: [event(c, { type: 'arrest', title: 'Detained at the gate' })], hearings: [hearing(c)], participations: new Map([[mp.id, [c.id]]]) });
  return { mp, c, digest: composeDigest(mp, { ...DEFAULT_PREFERENCES, countries: ['CO'] }, data, WINDOW) };
}

describe('rendering a digest', () => {
  it('writes a text and an html part with the case, its event, its hearing and both links', () => {
    const { c, digest } = sample();

    const out = renderDigest(digest, { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });

    expect(out.subject).toBe('Tandem weekly digest · 2026-W48');
    for (const part of [out.text, out.html]) {
      expect(part).toContain('Ana Lucía Restrepo');
      expect(part).toContain('Detained at the gate');
      expect(part).toContain('Fixture Court');
      expect(part).toContain(`${APP}/cases/${c.id}`);
      expect(part).toContain(UNSUBSCRIBE);
    }
    expect(out.text).toContain('UPDATES ON YOUR CASES');
  });

  it('is tables and inline styles: no style sheet, no script, no external image', () => {
    const out = renderDigest(sample().digest, { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(out.html).toMatch(/<table role="presentation"/);
    expect(out.html).not.toMatch(/<style|<script|<img|<link|class=/i);
  });

  it('speaks French and Spanish: fixed strings, statuses, event types, countries', () => {
    const { digest } = sample();
    const fr = renderDigest(digest, { language: 'fr', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    const es = renderDigest(digest, { language: 'es', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(fr.subject).toBe('Tandem : synthèse hebdomadaire · 2026-W48');
    expect(fr.html).toContain('Nouvelles de vos dossiers');
    expect(fr.text).toContain('Colombie · Détenu·e');
    expect(fr.text).toContain('Arrestation');
    expect(fr.html).toContain('<html lang="fr">');
    expect(es.html).toContain('Novedades de sus casos');
    expect(es.text).toContain('AUDIENCIAS EN LOS PRÓXIMOS 14 DÍAS');
  });

  it('marks a test send in the subject', () => {
    expect(renderDigest(sample().digest, { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE, test: true }).subject).toMatch(/^\[Test\] /);
  });

  it('escapes every OWASP payload: none appears raw in the html', () => {
    for (const payload of XSS_PAYLOADS) {
      const out = renderDigest(sample(payload).digest, { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
      expect(out.html, payload).not.toContain(payload);
      expect(out.html).not.toMatch(/<(script|img|svg|iframe|math|div|BODY)|href="javascript/);
    }
  });

  it('carries the RFC 8058 one-click headers and the language', () => {
    const out = renderDigest(sample().digest, { language: 'es', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(digestEmail('mp@example.org', out, { language: 'es', unsubscribeUrl: UNSUBSCRIBE }).headers).toEqual({
      'List-Unsubscribe': `<${UNSUBSCRIBE}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Content-Language': 'es',
    });
  });
});

describe('hearing times in a digest', () => {
  it('shows the court\'s local time and the recipient\'s own, in the recipient\'s language', () => {
    const mp = member('mp', { name: 'Maren Olsen' });
    const c = defenderCase({ defenderName: 'Ana Lucía Restrepo', country: 'HN', createdAt: DURING });
    // 14:00 in Tegucigalpa (UTC−6) is 20:00 UTC, 21:00 in Paris.
    const data = inputs([c], { hearings: [{ ...hearing(c, '2026-11-30T20:00'), timeZone: 'America/Tegucigalpa' }], participations: new Map([[mp.id, [c.id]]]) });
    const digest = composeDigest(mp, DEFAULT_PREFERENCES, data, WINDOW);
    const fr = renderDigest(digest, { language: 'fr', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE, timeZone: 'Europe/Paris' });
    expect(fr.text).toContain('lundi 30 novembre 2026 à 14:00 à Tegucigalpa (UTC−6) · 21:00 chez vous');
    const unknownZone = renderDigest(digest, { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(unknownZone.text).toContain('in Tegucigalpa (CST) · 8:00 PM UTC');
  });
});
