import { beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator.ts';
import { hearingTimes, placeOfZone } from './hearing-times.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';

// These tests translate into every language directly, as a job does once it has loaded them.
beforeAll(loadAllCatalogs);

// 14:00 in Tegucigalpa on 10 March 2027 (UTC−6, no daylight saving).
const AT = '2027-03-10T20:00';

describe('a hearing\'s time, where the court is and where the reader is', () => {
  it('gives the court\'s time with its place and zone, and the reader\'s own beside it', () => {
    const times = hearingTimes(translatorFor('en', 'Europe/Paris'), AT, 'America/Tegucigalpa');
    expect(times.court).toBe('Mar 10, 2027, 2:00 PM in Tegucigalpa (CST)');
    expect(times.yours).toBe('9:00 PM your time');
    expect(times.text).toBe('Mar 10, 2027, 2:00 PM in Tegucigalpa (CST) · 9:00 PM your time');
    expect(times.datetime).toBe('2027-03-10T20:00:00Z');
  });

  it('speaks the reader\'s language', () => {
    expect(hearingTimes(translatorFor('fr', 'Europe/Paris'), AT, 'America/Tegucigalpa').text).toBe('10 mars 2027, 14:00 à Tegucigalpa (UTC−6) · 21:00 chez vous');
    expect(hearingTimes(translatorFor('es', 'Europe/Madrid'), AT, 'America/Tegucigalpa').text).toBe('10 mar 2027, 14:00 en Tegucigalpa (GMT-6) · 21:00 en su hora local');
    expect(hearingTimes(translatorFor('ru', 'Europe/Moscow'), AT, 'America/Tegucigalpa').yours).toBe('23:00 по вашему времени');
  });

  it('shows one time when the reader\'s clocks agree with the court\'s, and the date when the reader\'s day differs', () => {
    expect(hearingTimes(translatorFor('en', 'America/Tegucigalpa'), AT, 'America/Tegucigalpa').yours).toBeUndefined();
    // Same offset, another zone name: the clocks agree, nothing to add.
    expect(hearingTimes(translatorFor('en', 'America/Guatemala'), AT, 'America/Tegucigalpa').yours).toBeUndefined();
    expect(hearingTimes(translatorFor('en', 'Asia/Tokyo'), AT, 'America/Tegucigalpa').yours).toBe('Mar 11, 2027, 5:00 AM your time');
  });

  it('names UTC as UTC: a hearing stored before zones, and a reader who saved no zone', () => {
    expect(hearingTimes(translatorFor('en', 'Europe/Paris'), AT).text).toBe('Mar 10, 2027, 8:00 PM UTC · 9:00 PM your time');
    expect(hearingTimes(translatorFor('en'), AT, 'America/Tegucigalpa').yours).toBe('8:00 PM UTC');
  });

  it('reads a zone\'s city from its name', () => {
    expect(placeOfZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(placeOfZone('Europe/Paris')).toBe('Paris');
  });
});
