/**
 * The notification emails as written: the reader's language, hostile case
 * text escaped in the HTML, nothing but catalog words in the pseudo-locale,
 * and the settings link in both parts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '../../domain/case.ts';
import type { Member } from '../../domain/member.ts';
import { translatorFor } from '../../i18n/translator.ts';
import { UI_LANGUAGES } from '../../i18n/languages.ts';
import type { ActionRequest } from '../../missions/index.ts';
import { actionVerifiedEmail } from './action-verified-email.ts';
import { hearingReminderEmail } from './hearing-reminder-email.ts';
import { newRequestEmail } from './new-request-email.ts';
import { overdueRequestEmail } from './overdue-request-email.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';

// These tests translate into every language directly, as a job does once it has loaded them.
beforeAll(loadAllCatalogs);

const HOSTILE = '<img src=x onerror=alert(1)>"Ana"';
const member = { id: 'm1', email: 'dana@example.org', name: 'Dana <b>', role: 'diplomat' } as Member;
const c = { id: 'c1', defenderName: HOSTILE, country: 'CO' } as DefenderCase;
const request = { id: 'r1', caseId: 'c1', actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-03' } as ActionRequest;
const hearing = { id: 'e1', caseId: 'c1', type: 'hearing' as const, date: '2026-12-03', title: 'Hearing', court: 'Juzgado <4>', hearingAt: '2026-12-03T14:00', createdAt: '', createdBy: '' };
const APP = 'https://tandem.example.org';

const all = (language: Parameters<typeof translatorFor>[0]) => {
  const t = translatorFor(language, 'Europe/Madrid');
  return [
    newRequestEmail(t, member, c, request, APP),
    overdueRequestEmail(t, member, c, request, APP),
    hearingReminderEmail(t, member, c, hearing, APP),
    actionVerifiedEmail(t, member, c, { actionKey: 'vocabulary.euAction.detention_visit', date: '2026-11-20' }, APP),
  ];
};

describe('notification emails', () => {
  it('escape case text in the HTML and keep it as written in the text part', () => {
    for (const email of all('en')) {
      expect(email.html).not.toContain('<img');
      expect(email.html).not.toContain('<b>');
      expect(email.html).not.toContain('<4>');
    }
    expect(all('en')[0]!.text).toContain(HOSTILE);
  });

  it('speak the reader\'s language, with the hearing time in their zone', () => {
    const subjects = UI_LANGUAGES.map((l) => all(l)[0]!.subject);
    expect(new Set(subjects).size).toBe(4);
    expect(all('fr')[2]!.text.replace(/\u202f/g, ' ')).toContain('jeudi 3 décembre 2026 à 14:00 UTC · 15:00 chez vous');
    expect(all('es')[0]!.headers).toEqual({ 'Content-Language': 'es' });
    expect(all('ru')[3]!.subject).toBe('Ваше действие подтверждено');
  });

  it('give a hearing in its court\'s local time, with the reader\'s own time beside it, as pages and the digest do', () => {
    const t = translatorFor('fr', 'Europe/Madrid');
    const inBogota = { ...hearing, timeZone: 'America/Bogota' };
    const text = hearingReminderEmail(t, member, c, inBogota, APP).text.replace(/\u202f/g, ' ');
    // Stored 14:00 UTC: 09:00 at the court in Bogotá, 15:00 for a reader in Madrid.
    expect(text).toMatch(/jeudi 3 décembre 2026 à 09:00 à Bogota \(UTC−5\) · 15:00 chez vous/);
  });

  it('use only catalog words: in the pseudo-locale, every sentence is bracketed', () => {
    for (const email of all('en-XA')) {
      // Arguments are bracketed inside their sentence: strip the innermost brackets until none is left.
      let outside = email.text.replace(/https:\/\/\S+/g, '');
      while (/⟦[^⟦⟧]*⟧/.test(outside)) outside = outside.replace(/⟦[^⟦⟧]*⟧/g, '');
      // The layout's own marks in the text part (the footer rule, a button's arrows) are not words.
      outside = outside.replace(/[^\p{L}]/gu, '');
      expect(outside).toBe('');
    }
  });

  it('link the member\'s settings in both parts', () => {
    for (const email of all('en')) {
      expect(email.text).toContain(`${APP}/settings`);
      expect(email.html).toContain(`<a href="${APP}/settings"`);
    }
  });
});
