import { beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../test/support/xss-payloads.ts';
import { composeDigest } from './compose.ts';
import { DEFAULT_PREFERENCES } from './preferences.ts';
import { digestEmail, renderDigest } from './render.ts';
import { DURING, WINDOW, defenderCase, event, hearing, inputs, member } from './testing/fixtures.ts';
import { summaryOf } from './render.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { Digest } from './compose.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';

// These tests translate into every language directly, as a job does once it has loaded them.
beforeAll(loadAllCatalogs);

const APP = 'https://tandem.example.org';
const UNSUBSCRIBE = `${APP}/unsubscribe/abc.def`;

function sample(defenderName = 'Ana Lucía Restrepo') {
  const mp = member('mp', { name: 'Maren Olsen' });
  const c = defenderCase({ defenderName, createdAt: DURING, riskStatuses: ['detained'] });
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

  it('speaks French, Spanish and Russian: fixed strings, statuses, event types, countries, lang and dir', () => {
    const { digest } = sample();
    const fr = renderDigest(digest, { language: 'fr', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    const es = renderDigest(digest, { language: 'es', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    const ru = renderDigest(digest, { language: 'ru', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(fr.subject).toBe('Tandem\u00a0: synthèse hebdomadaire · 2026-W48');
    expect(fr.html).toContain('Nouvelles de vos dossiers');
    expect(fr.text).toContain('* Ana Lucía Restrepo [Détenu·e]\n  Colombie');
    expect(fr.html).toContain('<html lang="fr" dir="ltr">');
    expect(es.html).toContain('Novedades de sus casos');
    expect(es.text).toContain('AUDIENCIAS EN LOS PRÓXIMOS 14 DÍAS');
    expect(ru.subject).toBe('Tandem: еженедельная сводка · 2026-W48');
    expect(ru.text).toContain('Колумбия');
    expect(ru.text).toContain('Арест: Detained at the gate');
    expect(ru.html).toContain('<html lang="ru" dir="ltr">');
  });

  it('keeps French typography in the labels around case data: a no-break space before the colon', () => {
    const fr = renderDigest(sample().digest, { language: 'fr', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(fr.text).toContain('Arrestation\u00a0: Detained at the gate');
    expect(fr.text).toContain(`Se désabonner de la synthèse hebdomadaire\u00a0: ${UNSUBSCRIBE}`);
    for (const part of [fr.subject, fr.text, fr.html]) expect(part).not.toMatch(/ [:;!?](\s|$|<)/);
  });

  it('opens with a summary line that is also the hidden preheader, and ends with a real button', () => {
    const out = renderDigest(sample().digest, { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(out.text).toContain('1 update and 1 hearing');
    expect(out.html).toMatch(/<span style="display:none !important;[^"]*">This week: 1 update and 1 hearing\./);
    expect(out.html).toMatch(new RegExp(`<td align="center" bgcolor="#12355b"[^>]*><a href="${APP}/"[^>]*>Open Tandem</a></td>`));
  });

  it('puts a status chip on each case, red for a detained defender', () => {
    const out = renderDigest(sample().digest, { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(out.html).toMatch(/<span style="display:inline-block;[^"]*background:#fbe4e4;color:#8a1c1c;[^"]*">Detained<\/span>/);
  });

  it('lists each case once in the coordinator\'s "no adopter yet" and "gaps"', () => {
    const coordinator = member('coordinator');
    const unadopted = defenderCase({ defenderName: 'Unadopted Defender', adopterCount: 0 });
    const gapped = defenderCase({ defenderName: 'Gapped Defender' });
    const data = inputs([unadopted, gapped], {
      gaps: [
        { caseId: unadopted.id, rule: 'on_trial_no_trial_observation', ageDays: 1 },
        { caseId: gapped.id, rule: 'detained_no_detention_visit', ageDays: 12 },
        { caseId: gapped.id, rule: 'judgment_not_executed', ageDays: 200 },
      ],
    });
    const out = renderDigest(composeDigest(coordinator, DEFAULT_PREFERENCES, data, WINDOW), { language: 'en', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });

    expect(out.text).toContain('NO ADOPTER YET\n\n1 active case has no adopter yet.\n\n* Unadopted Defender [Detained]\n  Colombia\n  On trial, and no trial observation (1 day)');
    expect(out.text).toContain('GAPS\n\n* Gapped Defender [Detained]\n  Colombia\n  Detained, and no detention visit (12 days)\n  Judgment final for more than 6 months, execution not closed (200 days)');
    // The gap lines are worded in the reader's language, never the rule's English.
    const french = renderDigest(composeDigest(coordinator, { ...DEFAULT_PREFERENCES, language: 'fr' }, data, WINDOW), { language: 'fr', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(french.text).not.toContain('Detained, and no detention visit');
    expect(french.text).toContain('(12 jours)');
    const russian = renderDigest(composeDigest(coordinator, { ...DEFAULT_PREFERENCES, language: 'ru' }, data, WINDOW), { language: 'ru', appUrl: APP, unsubscribeUrl: UNSUBSCRIBE });
    expect(russian.text).toContain('(12 дней)');
    expect(russian.text).toContain('(1 день)');
    for (const c of [unadopted, gapped]) expect(out.text.split(`${APP}/cases/${c.id}`)).toHaveLength(2);
    expect(out.text).toContain('1 case with no adopter and 1 case with gaps');
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

  it('counts in Russian with the one, few and many forms (1, 3, 5)', () => {
    const c = { id: 'c', defenderName: 'D', country: 'RU', riskStatuses: ['detained' as const] };
    const withCounts = (n: number): Digest => ({
      week: '2026-W48', member: { id: 'm', name: 'M', role: 'coordinator' },
      updates: [{ case: c, events: Array.from({ length: n }, () => ({ type: 'update' as const, date: '2026-11-18', title: 't' })) }],
      requests: Array.from({ length: n }, () => ({ case: c, actionLabel: 'a', overdue: false })),
      hearings: Array.from({ length: n }, () => ({ case: c, court: 'x', hearingAt: '2026-11-30T09:30', timeZone: 'UTC' })),
      newCases: [], verified: [], gaps: { unadopted: [], unadoptedCount: n, other: [] },
    });
    const ru = translatorFor('ru');
    expect(summaryOf(ru, withCounts(1))).toBe('1 новость, 1 запрос, 1 заседание и 1 дело без шефства');
    expect(summaryOf(ru, withCounts(3))).toBe('3 новости, 3 запроса, 3 заседания и 3 дела без шефства');
    expect(summaryOf(ru, withCounts(5))).toBe('5 новостей, 5 запросов, 5 заседаний и 5 дел без шефства');
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
